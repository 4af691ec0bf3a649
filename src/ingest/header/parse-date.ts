/** A calendar date read from a header line. */
export interface HeaderDate {
  year: number;
  month?: number;
  day?: number;
}

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  Ｏ: 0,
  О: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 二〇二一 → 2021 (digit by digit); 二十三 → 23, 十二 → 12 (counting with 十). */
function chineseNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s.includes('十')) {
    const ds = [...s].map((c) => DIGITS[c]);
    return ds.every((d) => d !== undefined) ? Number(ds.join('')) : undefined;
  }
  const [tens, ones] = s.split('十');
  const t = tens ? DIGITS[tens] : 1;
  const o = ones ? DIGITS[ones] : 0;
  return t === undefined || o === undefined ? undefined : t * 10 + o;
}

const NUM = '[0-9０-９]+|[〇零ＯО一二三四五六七八九十]+';
const ISO = /((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})/;
const CJK = new RegExp(`(\\d{4}|[〇零ＯО一二三四五六七八九]{4})\\s*年\\s*(?:(${NUM})\\s*月\\s*(?:(${NUM})\\s*日)?)?`);

const halfWidth = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * The first date in a line: 2024-01-10, 2024/1/10, 2024年1月10日, 2024年1月, 二〇二一年一月二十三日.
 * A year alone (2024年) counts only when `yearOnly` is set, since titles use it for the report year.
 */
export function parseDate(line: string, yearOnly = false): HeaderDate | undefined {
  const s = halfWidth(line);
  const iso = ISO.exec(s);
  const cjk = CJK.exec(s);
  if (iso && (!cjk || iso.index <= cjk.index)) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (!cjk?.[1]) return undefined;
  const year = chineseNumber(cjk[1]);
  const month = cjk[2] ? chineseNumber(cjk[2]) : undefined;
  if (year === undefined || (month === undefined && !yearOnly)) return undefined;
  return valid(year, month, cjk[3] ? chineseNumber(cjk[3]) : undefined);
}

function valid(year: number, month?: number, day?: number): HeaderDate | undefined {
  if (year < 1949 || year > 2100) return undefined;
  if (month === undefined) return { year };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined || day < 1 || day > 31) return { year, month };
  return { year, month, day };
}

/** ISO form (YYYY-MM-DD) of a full date; undefined when month or day is missing. */
export function isoDate(d: HeaderDate | undefined): string | undefined {
  if (!d?.month || !d.day) return undefined;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

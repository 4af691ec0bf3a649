import type { PlaceRef } from '../../model/index.js';
import { isoDate, parseDate, type HeaderDate } from './parse-date.js';
import { issuerFromBody, resolveIssuer } from './resolve-issuer.js';

/** What a report's first lines say about it. */
export interface Header {
  title: string;
  /** ISO date delivered, when a header line gives a full date. */
  date?: string;
  /** The year the report speaks for. */
  year?: number;
  issuer?: PlaceRef;
}

/** Lines read as the header: the first few short lines (body paragraphs are long). */
const HEADER_LINES = 8;
const HEADER_LINE_CHARS = 100;

// Lines a web page adds around a report (时间: 2024-02-24 12:54:11 | 作者: …): their dates are not the report's.
const PAGE_METADATA = /^(时间|发布|来源|作者|日期|浏览|点击|编辑|责任编辑|发布时间)\s*[:：]/;
const BARE_DATE = /^[\d\s年月日〇○零一二三四五六七八九十\-/.]+$/;
// ——2024年1月10日在自贡市第十八届人民代表大会第四次会议上
const SESSION_LINE = /^[—\-－\s]*[\d〇○零一二三四五六七八九十]{4}\s*年.*在.*(会议|大会)/;

/** Reads title, date, report year and issuer from the first lines of a normalised report text. */
export function parseHeader(text: string): Header {
  const lines = headLines(text);
  const titleAt = lines.findIndex((l) => !BARE_DATE.test(l) && !PAGE_METADATA.test(l) && !/^原标题/.test(l));
  const title = lines[titleAt] ?? '';
  const rest = lines.filter((_, i) => i !== titleAt);
  const date = deliveredOn(title, rest);
  const bareYear = rest.map((l) => /^((?:19|20)\d\d)年?$/.exec(l)?.[1]).find(Boolean);
  return {
    title,
    date: isoDate(date),
    year: reportYear(title, date, bareYear ? Number(bareYear) : undefined, text),
    issuer:
      resolveIssuer(
        title,
        rest.filter((l) => !PAGE_METADATA.test(l)),
        text,
      ) ?? issuerFromBody(text),
  };
}

function headLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.slice(0, HEADER_LINES * HEADER_LINE_CHARS * 4).split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    // The salutation (各位代表：) opens the body: lines after it are the report, not its header.
    if (line.length > HEADER_LINE_CHARS || out.length >= HEADER_LINES || /^各位代表/.test(line)) break;
    out.push(line);
  }
  return out;
}

/** The delivery date: one inside the title, else a line that is only a date, else the session line (——2024年1月10日在…). */
function deliveredOn(title: string, rest: string[]): HeaderDate | undefined {
  const full = (d: HeaderDate | undefined) => (d?.day ? d : undefined);
  const candidates = [
    title,
    ...rest.filter((l) => BARE_DATE.test(l)),
    ...rest.filter((l) => SESSION_LINE.test(l)),
    ...rest.filter((l) => !PAGE_METADATA.test(l)),
  ];
  for (const line of candidates) {
    const d = full(parseDate(line));
    if (d) return d;
  }
  return undefined;
}

// 一、2023年工作回顾 / 过去一年 … : the year reviewed, so the report speaks for the next one.
// 一、2021年及本届政府工作回顾 / 一、2009年的主要工作: the first part reviews the year before the report's.
const REVIEW = [/^[一1][、.．]\s*((?:19|20)\d\d)年/m, /((?:19|20)\d\d)年[^。，\n]{0,12}回顾/];

/**
 * The year a report speaks for. A plan report (…2023年计划执行情况及2024年计划草案) speaks for
 * its last year; a work report for the year in its title (2023年绵阳市政府工作报告); failing
 * that, for the year it was delivered in, or the next one when delivered in November or
 * December (a report of 2024-12-25 presents the work of 2025), or the year after the one its
 * review section names.
 */
export function reportYear(
  title: string,
  date: HeaderDate | undefined,
  bareYear: number | undefined,
  text: string,
): number | undefined {
  // 2023年 not followed by a month, or a bare year in brackets: 兰州市人民政府工作报告（2022）.
  const titleYears = [
    ...title.matchAll(/((?:19|20)\d\d)(?:\s*年(?!\s*[\d〇零一二三四五六七八九十]{1,2}\s*月)|(?=[)）]))/g),
  ].map((m) => Number(m[1]));
  if (/计划|预算|草案/.test(title)) {
    // …2023年国民经济和社会发展计划执行情况及2024年计划草案 (or 预算草案): the last year a plan or budget follows.
    const planYears = [...title.matchAll(/((?:19|20)\d\d)年[^，。、“”\d]{0,12}?(?:计划|预算)/g)].map((m) =>
      Number(m[1]),
    );
    if (planYears.length) return Math.max(...planYears);
  } else if (titleYears.length) return titleYears[0];
  if (bareYear) return bareYear;
  if (date) return date.month && date.month >= 11 ? date.year + 1 : date.year;
  const head = text.slice(0, 5000);
  const reviewed = REVIEW.map((re) => re.exec(head)?.[1]).find(Boolean);
  return reviewed ? Number(reviewed) + 1 : undefined;
}

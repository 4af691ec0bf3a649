import abbreviations from './data/abbreviations.json' with { type: 'json' };
import type { PlaceContext } from './context.js';
import type { Division } from './divisions.js';
import { getGazetteer } from './gazetteer.js';

interface AbbreviationEntry {
  code: string;
  for?: string;
}
const TABLE = abbreviations.abbreviations as Record<string, AbbreviationEntry[]>;
/** Every character the table decodes, for a quick first test. */
export const ABBREVIATION_CHARS: ReadonlySet<string> = new Set(Object.keys(TABLE));
/** The same as UTF-16 code units, for loops that must not allocate a string per character. */
export const ABBREVIATION_CODES: ReadonlySet<number> = new Set(Object.keys(TABLE).map((c) => c.charCodeAt(0)));

/**
 * The division a one-character abbreviation stands for in a compound (成 → 成都市), or undefined.
 * An entry tied to a province (`for`) wins when the issuer is in it (宜 → 宜宾 in Sichuan).
 */
export function decodeAbbreviation(char: string, ctx: PlaceContext): Division | undefined {
  // A report abbreviates its own city by its first character (广 in a 广元 report is 广元).
  const home = ctx.issuerCity !== undefined ? getGazetteer().byCode.get(ctx.issuerCity) : undefined;
  if (home !== undefined && home.level === 'city' && home.name.startsWith(char) && TABLE[char] !== undefined)
    return home;
  return decodeIn(char, ctx.issuerProvince?.slice(0, 2));
}

/** Every division a character may stand for, whatever the issuer (汉 → 汉中市, 武汉市). */
export function abbreviationReadings(char: string): Division[] {
  const g = getGazetteer();
  return (TABLE[char] ?? []).flatMap((e) => g.byCode.get(e.code) ?? []);
}

/** True when the table gives the character several places (宁: 南京 or 宁夏; 汉: 汉中 or 武汉). */
export function isAmbiguous(char: string): boolean {
  return new Set((TABLE[char] ?? []).map((e) => e.code)).size > 1;
}

/** True when the table ties this reading of the character to the issuer's province (西 → 西安 in Sichuan's 西成). */
export function readForIssuer(char: string, code: string, ctx: PlaceContext): boolean {
  const province = ctx.issuerProvince?.slice(0, 2);
  return (TABLE[char] ?? []).some((e) => e.code === code && e.for !== undefined && e.for === province);
}

/** True when this reading is the character's reading everywhere (广 → 广州), not one tied to a province. */
export function readEverywhere(char: string, code: string): boolean {
  return (TABLE[char] ?? []).some((e) => e.code === code && e.for === undefined);
}

/** Decodes with a 2-digit province prefix as the preferred `for`. */
export function decodeIn(char: string, province: string | undefined): Division | undefined {
  let byChar = cache.get(province ?? '');
  if (!byChar) cache.set(province ?? '', (byChar = new Map()));
  let division = byChar.get(char);
  if (division === undefined) byChar.set(char, (division = decodeUncached(char, province) ?? null));
  return division ?? undefined;
}

/** Readings by province prefix, then character (null: none): the table is fixed, so each is computed once. */
const cache = new Map<string, Map<string, Division | null>>();

function decodeUncached(char: string, province: string | undefined): Division | undefined {
  const entries = TABLE[char];
  if (!entries) return undefined;
  const entry =
    entries.find((e) => e.for !== undefined && e.for === province) ?? entries.find((e) => e.for === undefined);
  return entry ? getGazetteer().byCode.get(entry.code) : undefined;
}

import abbreviations from './data/abbreviations.json' with { type: 'json' };
import type { PlaceContext } from './context.js';
import type { Division } from './divisions.js';
import { getGazetteer } from './gazetteer.js';

interface AbbreviationEntry {
  code: string;
  for?: string;
}
const TABLE = abbreviations.abbreviations as Record<string, AbbreviationEntry[]>;

/**
 * The division a one-character abbreviation stands for in a compound (成 → 成都市), or undefined.
 * An entry tied to a province (`for`) wins when the issuer is in it (宜 → 宜宾 in Sichuan).
 */
export function decodeAbbreviation(char: string, ctx: PlaceContext): Division | undefined {
  return decodeIn(char, ctx.issuerProvince?.slice(0, 2));
}

/** Every division a character may stand for, whatever the issuer (汉 → 汉中市, 武汉市). */
export function abbreviationReadings(char: string): Division[] {
  const g = getGazetteer();
  return (TABLE[char] ?? []).flatMap((e) => g.byCode.get(e.code) ?? []);
}

/** Decodes with a 2-digit province prefix as the preferred `for`. */
export function decodeIn(char: string, province: string | undefined): Division | undefined {
  const entries = TABLE[char];
  if (!entries) return undefined;
  const entry = entries.find((e) => e.for !== undefined && e.for === province) ?? entries.find((e) => e.for === undefined);
  return entry ? getGazetteer().byCode.get(entry.code) : undefined;
}

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
  const entries = TABLE[char];
  if (!entries) return undefined;
  const province = ctx.issuerProvince?.slice(0, 2);
  const entry = entries.find((e) => e.for !== undefined && e.for === province) ?? entries.find((e) => e.for === undefined);
  return entry ? getGazetteer().byCode.get(entry.code) : undefined;
}

import ethnicGroups from './data/ethnic-groups.json' with { type: 'json' };
import type { Division } from './divisions.js';

/** Suffixes stripped for a short form, longest first (北川羌族自治县 → 北川, 凉山彝族自治州 → 凉山). */
const AUTONOMY = ['特别行政区', '自治区', '自治州', '自治县', '自治旗'];
const PLAIN = ['地区', '林区', '特区', '省', '市', '县', '区', '旗', '盟'];
const ETHNIC = [...ethnicGroups].sort((a, b) => b.length - a.length);
/** A short form is never shorter than this: one character alone is an abbreviation, decoded only in compounds. */
const MIN_SHORT = 2;

/**
 * The short form people write for a division (江油市 → 江油, 北川羌族自治县 → 北川, 永川区 → 永川),
 * or undefined when stripping would leave fewer than 2 characters (荣县) or the division is a
 * development zone or a town (their bare names are too often ordinary words).
 */
export function shortForm(d: Pick<Division, 'name' | 'level' | 'zone'>): string | undefined {
  if (d.zone || d.level === 'town' || d.level === 'foreign') return undefined;
  let name = d.name;
  const autonomy = AUTONOMY.find((s) => name.endsWith(s));
  if (autonomy !== undefined) {
    name = name.slice(0, -autonomy.length);
    for (let stripped = true; stripped; ) {
      stripped = false;
      for (const e of ETHNIC)
        if (name.endsWith(e) && name.length - e.length >= MIN_SHORT) {
          name = name.slice(0, -e.length);
          stripped = true;
        }
    }
    // 广西壮族自治区 strips to 广西 above; 西藏自治区 to 西藏.
  } else {
    const plain = PLAIN.find((s) => name.endsWith(s));
    if (plain === undefined) return undefined;
    name = name.slice(0, -plain.length);
  }
  return name.length >= MIN_SHORT && name !== d.name ? name : undefined;
}

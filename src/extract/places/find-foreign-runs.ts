import data from './data/foreign-abbreviations.json' with { type: 'json' };
import { endsToken, startsToken, tokenBoundaries } from '../boundaries.js';
import type { TokenizedSentence } from '../recognizer.js';
import type { PlaceMatch } from './find-places.js';
import { getGazetteer } from './gazetteer.js';
import { charFlags } from '../../text/index.js';

const COUNTRIES = data.countries as Record<string, string>;
const CONTEXT = new Set(data.context);
const STRONG = new Set(data.strong);
/** Characters a run may start with, as UTF-16 code units. */
const FIRST = charFlags([...Object.keys(COUNTRIES), ...CONTEXT].map((c) => c.charCodeAt(0)));
/** Runs of these sizes: 日韩, 中日韩, 欧美日韩. */
const MIN_RUN = 2;
const MAX_RUN = 4;

/** The whole text is a run of country abbreviations (欧美, 日韩, 中日韩), whatever the tokens. */
export function isCountryRun(text: string): boolean {
  if (text.length < MIN_RUN || text.length > MAX_RUN) return false;
  let countries = 0;
  for (const c of text) {
    if (COUNTRIES[c] !== undefined) countries++;
    else if (!CONTEXT.has(c)) return false;
  }
  return countries >= 1;
}

/**
 * Countries abbreviated in a run (欧美日韩 → 美国, 日本, 韩国). The run must be whole jieba tokens
 * and hold at least two country characters, so 每日 or 美食 never count; 中, 欧 and 非 may stand in
 * it but name no country.
 */
export function findForeignRuns(sentence: TokenizedSentence, covered: (offset: number) => boolean): PlaceMatch[] {
  const base = sentence.start;
  const text = sentence.text;
  const bounds = tokenBoundaries(sentence);
  const byCode = getGazetteer().byCode;
  const out: PlaceMatch[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!startsToken(bounds, i) || FIRST[text.charCodeAt(i)] === 0 || covered(base + i)) continue;
    let j = i;
    while (
      j < text.length &&
      j - i < MAX_RUN &&
      (COUNTRIES[text[j]!] !== undefined || CONTEXT.has(text[j]!)) &&
      !covered(base + j)
    )
      j++;
    if (j - i < MIN_RUN || !endsToken(bounds, j)) continue;
    const found: PlaceMatch[] = [];
    for (let k = i; k < j; k++) {
      const iso = COUNTRIES[text[k]!];
      const division = iso === undefined ? undefined : byCode.get(`foreign:${iso}`);
      if (division)
        found.push({
          start: base + k,
          end: base + k + 1,
          surface: text[k]!,
          division,
          rule: 'place.country-abbreviation',
        });
    }
    const distinct = new Set(found.map((f) => f.division.code)).size === found.length;
    const sure = found.length > MIN_RUN || found.some((f) => STRONG.has(f.surface));
    if (found.length >= MIN_RUN && distinct && sure) out.push(...found);
    i = j - 1;
  }
  return out;
}

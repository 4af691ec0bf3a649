import type { TokenizedSentence } from '../recognizer.js';
import type { PlaceContext } from './context.js';
import type { Division } from './divisions.js';
import { getGazetteer, type NameKind } from './gazetteer.js';
import { resolveName } from './resolve-name.js';

/** A place named in a sentence: the span, the division it resolves to, and the rule. */
export interface PlaceMatch {
  start: number;
  end: number;
  surface: string;
  division: Division;
  rule: string;
}

const RULE_OF: Record<NameKind, string> = {
  full: 'place.gazetteer.full',
  short: 'place.gazetteer.short',
  byname: 'place.byname',
  country: 'place.country',
};
/** Characters that make a neighbouring word a place in a list (江油、三台; 高新—綦江). */
const LIST_MARKS = new Set(['、', '—', '–', '-', '－', '～', '至']);
/** An official name ending in one of these stands on its own even when jieba glues the next word to it (绵阳市中心). */
const FULL_SUFFIX = /(省|市|县|区|州|镇|乡|街道|旗|盟)$/;

/**
 * Finds gazetteer names in a sentence, longest first, on token boundaries. Everyday words that
 * equal a place name (新兴, 合作, 南部) count only next to a list mark.
 */
export function findPlaces(sentence: TokenizedSentence, ctx: PlaceContext): PlaceMatch[] {
  const g = getGazetteer();
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const t of sentence.tokens) {
    starts.add(t.start);
    ends.add(t.end);
  }
  const text = sentence.text;
  const base = sentence.start;
  const out: PlaceMatch[] = [];
  for (let i = 0; i < text.length; ) {
    const lengths = starts.has(base + i) ? g.lengthsByFirst.get(text[i]!) : undefined;
    let matched = 0;
    for (const len of lengths ?? []) {
      if (i + len > text.length) continue;
      const surface = text.slice(i, i + len);
      const entries = g.byName.get(surface);
      if (!entries) continue;
      const aligned = ends.has(base + i + len) || (len >= 3 && FULL_SUFFIX.test(surface) && entries.some((e) => e.kind === 'full'));
      if (!aligned) continue;
      if (g.commonWords.has(surface) && !LIST_MARKS.has(text[i - 1] ?? '') && !LIST_MARKS.has(text[i + len] ?? '')) continue;
      const entry = resolveName(entries, ctx);
      if (!entry) continue;
      out.push({ start: base + i, end: base + i + len, surface, division: entry.division, rule: RULE_OF[entry.kind] });
      matched = len;
      break;
    }
    i += matched || 1;
  }
  return out;
}

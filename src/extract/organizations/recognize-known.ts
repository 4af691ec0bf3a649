import { getGazetteer } from '../places/index.js';
import type { Candidate, TokenizedSentence } from '../recognizer.js';
import data from './data/known-enterprises.json' with { type: 'json' };

/** Written forms of known enterprises → their name, longest first. */
export const KNOWN_FORMS: ReadonlyMap<string, string> = new Map(
  data.enterprises
    .flatMap((e) => [e.name, ...(e.aliases ?? [])].map((form) => [form, e.name] as const))
    .sort((a, b) => b[0].length - a[0].length),
);

const pattern = new RegExp([...KNOWN_FORMS.keys()].join('|'), 'g');
const PLACE_AFTER = /^[江河湖山路街镇村]/;
const startsWithPlace = (text: string): boolean => {
  const names = getGazetteer().byName;
  return names.has(text.slice(0, 2)) || names.has(text.slice(0, 3));
};
const anywhere = new RegExp([...KNOWN_FORMS.keys()].join('|'));

/** Where the first known enterprise is written in the text, or -1. */
export const firstKnownForm = (text: string): number => text.search(anywhere);

/** Major enterprises by the short names reports use (长虹, 华为, 中国石油). */
export function recognizeKnownEnterprises(sentence: TokenizedSentence): Candidate[] {
  const out: Candidate[] = [];
  const tokenStarts = new Set(sentence.tokens.map((t) => t.start));
  for (const m of sentence.text.matchAll(pattern)) {
    const start = sentence.start + m.index;
    // a name starts a word: 中铁 inside 宝中|铁路 is no firm
    if (!tokenStarts.has(start)) continue;
    // …nor is a river or a street named like it (九洲江, 长虹路), unless a place follows (国网|湖南)
    const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (PLACE_AFTER.test(after) && !startsWithPlace(after)) continue;
    out.push({
      type: 'Organization',
      name: KNOWN_FORMS.get(m[0])!,
      start,
      end: start + m[0].length,
      surface: m[0],
      rule: 'organization.known',
      organizationKind: 'enterprise',
    });
  }
  return out;
}

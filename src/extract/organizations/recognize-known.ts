import { charFlags } from '../../text/index.js';
import { startsToken, tokenBoundaries } from '../boundaries.js';
import { getGazetteer } from '../places/index.js';
import type { Candidate, TokenizedSentence } from '../recognizer.js';
import data from './data/known-enterprises.json' with { type: 'json' };

/** Written forms of known enterprises → their name, longest first. */
export const KNOWN_FORMS: ReadonlyMap<string, string> = new Map(
  data.enterprises
    .flatMap((e) => [e.name, ...(e.aliases ?? [])].map((form) => [form, e.name] as const))
    .sort((a, b) => b[0].length - a[0].length),
);

// The forms by their first character, longest first; a sentence is walked character by character
// and compares forms only where a flag is set, with no substring made until a form is written there.
const FIRST = charFlags([...KNOWN_FORMS.keys()].map((f) => f.charCodeAt(0)));
const BY_FIRST = new Map<number, string[]>();
for (const form of KNOWN_FORMS.keys()) {
  const c = form.charCodeAt(0);
  BY_FIRST.set(c, [...(BY_FIRST.get(c) ?? []), form]);
}

/** The longest known form written at `at` in the text, or undefined. */
function formAt(text: string, at: number): string | undefined {
  if (FIRST[text.charCodeAt(at)] !== 1) return undefined;
  for (const form of BY_FIRST.get(text.charCodeAt(at))!) if (text.startsWith(form, at)) return form;
  return undefined;
}

const PLACE_AFTER = /^[江河湖山路街镇村]/;
const startsWithPlace = (text: string): boolean => {
  const names = getGazetteer().byName;
  return names.has(text.slice(0, 2)) || names.has(text.slice(0, 3));
};

/** Where the first known enterprise is written in the text, or -1. */
export function firstKnownForm(text: string): number {
  for (let i = 0; i < text.length; i++) if (formAt(text, i) !== undefined) return i;
  return -1;
}

/** Major enterprises by the short names reports use (长虹, 华为, 中国石油). */
export function recognizeKnownEnterprises(sentence: TokenizedSentence): Candidate[] {
  const out: Candidate[] = [];
  const text = sentence.text;
  // Matches do not overlap: after a form, the walk goes on at its end (as a global regex would).
  for (let i = 0; i < text.length;) {
    const form = formAt(text, i);
    if (form === undefined) {
      i++;
      continue;
    }
    const at = i;
    i += form.length;
    // a name starts a word: 中铁 inside 宝中|铁路 is no firm
    if (!startsToken(tokenBoundaries(sentence), at)) continue;
    // …nor is a river or a street named like it (九洲江, 长虹路), unless a place follows (国网|湖南)
    const after = text.slice(i, i + 3);
    if (PLACE_AFTER.test(after) && !startsWithPlace(after)) continue;
    const start = sentence.start + at;
    out.push({
      type: 'Organization',
      name: KNOWN_FORMS.get(form)!,
      start,
      end: start + form.length,
      surface: form,
      rule: 'organization.known',
      organizationKind: 'enterprise',
    });
  }
  return out;
}

import type { Candidate, RecognizerModule, TokenizedSentence } from '../recognizer.js';
import { recognizeBareLists, recognizeEnumerations, recognizeTaxonomy } from './recognize-sectors.js';
import { SECTOR_FORMS } from './taxonomy.js';
import { byStart, sortSmall } from '../sort-small.js';

/** Sectors in a sentence: listed ones and taxonomy names, one candidate per span. */
export function recognizeSectors(sentence: TokenizedSentence): Candidate[] {
  const found = [...recognizeTaxonomy(sentence), ...recognizeEnumerations(sentence), ...recognizeBareLists(sentence)];
  if (found.length < 2) return found;
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const c of found) {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return sortSmall(out, byStart);
}

/** The sectors recogniser, as the pipeline loads it. */
export const sectors: RecognizerModule = {
  id: 'sector',
  recognize: recognizeSectors,
  words: SECTOR_FORMS.filter((f) => f.form.length > 1).map((f) => ({ word: f.form, tag: 'n' })),
};

export { SECTORS, lookupSector, type Sector } from './taxonomy.js';

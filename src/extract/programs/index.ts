import type { Candidate, RecognizerModule, TokenizedSentence } from '../recognizer.js';
import { OBJECT_VERBS } from './data/clause-words.js';
import { findQuotes } from './find-quotes.js';
import { NAMED_PROGRAMS, recognizeNamed } from './recognize-named.js';
import { recognizeQuoted } from './recognize-quoted.js';
import { recognizeSuffixed } from './recognize-suffixed.js';
import { byStart, longestFirst, sortSmall } from '../sort-small.js';

/**
 * Keeps one candidate per stretch of text: quoted names first, then known names, then suffixed
 * names; a span inside an already kept one is dropped (改革 inside …改革试点).
 */
function keepOutermost(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  const kept: Candidate[] = [];
  const byLength = sortSmall([...candidates], longestFirst);
  for (const c of byLength) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return sortSmall(kept, byStart);
}

/** Recognises programmes: quoted names, names ending in a programme word, and known national programmes. */
export function recognizePrograms(sentence: TokenizedSentence): Candidate[] {
  const quotes = findQuotes(sentence.text);
  return keepOutermost([
    ...recognizeQuoted(sentence, quotes),
    ...recognizeNamed(sentence),
    ...recognizeSuffixed(sentence, quotes),
  ]);
}

/** The programmes recogniser, as the pipeline loads it. */
export const programs: RecognizerModule = {
  id: 'program',
  recognize: recognizePrograms,
  words: [
    ...NAMED_PROGRAMS.map((word) => ({ word, tag: 'nz' })),
    // verbs jieba would otherwise glue to the name (申建国|省级 → 申建|国省级)
    ...OBJECT_VERBS.filter((word) => word.length === 2).map((word) => ({ word, tag: 'v' })),
  ],
};

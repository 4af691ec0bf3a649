import type { TokenizedSentence } from './recognizer.js';

/** Token starts and ends of a sentence as flags by offset into the sentence text (0 … length). */
export interface Boundaries {
  starts: Uint8Array;
  ends: Uint8Array;
}

const cache = new WeakMap<TokenizedSentence, Boundaries>();

/** The token boundaries of a sentence, computed once and shared by every recogniser that needs them. */
export function tokenBoundaries(sentence: TokenizedSentence): Boundaries {
  let b = cache.get(sentence);
  if (b) return b;
  const n = sentence.text.length + 1;
  b = { starts: new Uint8Array(n), ends: new Uint8Array(n) };
  for (const t of sentence.tokens) {
    b.starts[t.start - sentence.start] = 1;
    b.ends[t.end - sentence.start] = 1;
  }
  cache.set(sentence, b);
  return b;
}

import { zeroedBytes } from './byte-blocks.js';
import type { TokenizedSentence } from './recognizer.js';

/** Flag bit set at an offset where a token starts. */
export const TOKEN_START = 1;
/** Flag bit set at an offset where a token ends. */
export const TOKEN_END = 2;

/**
 * Token starts and ends of a sentence, by offset into the sentence text (0 … length): one byte
 * per offset holding TOKEN_START and TOKEN_END bits (one array per sentence, not two: fewer
 * allocations in a pass that makes one for every sentence).
 */
export type Boundaries = Uint8Array;

const cache = new WeakMap<TokenizedSentence, Boundaries>();

/** The token boundaries of a sentence, computed once and shared by every recogniser that needs them. */
export function tokenBoundaries(sentence: TokenizedSentence): Boundaries {
  let b = cache.get(sentence);
  if (b) return b;
  b = zeroedBytes(sentence.text.length + 1);
  for (const t of sentence.tokens) {
    b[t.start - sentence.start]! |= TOKEN_START;
    b[t.end - sentence.start]! |= TOKEN_END;
  }
  cache.set(sentence, b);
  return b;
}

/** True when a token starts at `offset` of the sentence. */
export const startsToken = (b: Boundaries, offset: number): boolean => (b[offset]! & TOKEN_START) !== 0;
/** True when a token ends at `offset` of the sentence. */
export const endsToken = (b: Boundaries, offset: number): boolean => (b[offset]! & TOKEN_END) !== 0;

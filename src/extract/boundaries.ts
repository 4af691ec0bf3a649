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

/**
 * The sentence with its token boundaries, computed once: the pipeline gives every recogniser
 * sentences made by this (a field read, where a WeakMap look-up per recogniser per sentence
 * cost more than the boundaries themselves).
 */
export function withBoundaries<S extends TokenizedSentence>(sentence: S): S {
  return { ...sentence, bounds: computeBoundaries(sentence) };
}

/** The token boundaries of a sentence: its own (see withBoundaries), else computed now. */
export function tokenBoundaries(sentence: TokenizedSentence): Boundaries {
  return sentence.bounds ?? computeBoundaries(sentence);
}

function computeBoundaries(sentence: TokenizedSentence): Boundaries {
  const b = zeroedBytes(sentence.text.length + 1);
  for (const t of sentence.tokens) {
    b[t.start - sentence.start]! |= TOKEN_START;
    b[t.end - sentence.start]! |= TOKEN_END;
  }
  return b;
}

/** True when a token starts at `offset` of the sentence. */
export const startsToken = (b: Boundaries, offset: number): boolean => (b[offset]! & TOKEN_START) !== 0;
/** True when a token ends at `offset` of the sentence. */
export const endsToken = (b: Boundaries, offset: number): boolean => (b[offset]! & TOKEN_END) !== 0;

import type { Token, TokenizedSentence } from './recognizer.js';

/** The one token spanning exactly [start, end) (document offsets), if jieba cut the text so. */
export function wholeToken(sentence: TokenizedSentence, start: number, end: number): Token | undefined {
  const t = sentence.tokens.find((x) => x.start === start);
  return t !== undefined && t.end === end ? t : undefined;
}

import type { Document, Sentence } from '../model/index.js';
import { segment, splitSentences } from '../text/index.js';
import { ensureDictionary } from './dictionary.js';
import { joinLocalNames } from './local-names.js';
import { placeContext, type PlaceContext } from './places/index.js';
import type { TokenizedSentence } from './recognizer.js';

/** A sentence segmented as the pipeline does it (gazetteer and recogniser words loaded, local names joined). */
function tokenize(s: Sentence, provinceCode?: string): TokenizedSentence {
  ensureDictionary();
  return joinLocalNames({ ...s, tokens: segment(s) }, provinceCode);
}

/** Tests only: the whole text as one tokenized sentence, offsets from 0. */
export function tokenizeForTest(text: string, provinceCode?: string): TokenizedSentence {
  return tokenize({ index: 0, start: 0, end: text.length, text }, provinceCode);
}

/** A one-sentence tokenized input for recogniser tests, with the issuer's context (test support only). */
export function sentenceFor(text: string, issuerCode?: string): { sentence: TokenizedSentence; ctx: PlaceContext } {
  const ctx = placeContext(issuerCode);
  const [s] = splitSentences(text);
  return { sentence: tokenize(s!, ctx.issuerProvince), ctx };
}

/** A document made of the given text, issued by the given place (test support only). */
export function documentFor(text: string, issuer?: { code: string; name: string }): Document {
  return {
    id: 'test',
    path: 'test.txt',
    title: '政府工作报告',
    text,
    chars: text.length,
    ...(issuer ? { issuer } : {}),
  };
}

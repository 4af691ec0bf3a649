import { segment } from '../../text/index.js';
import { ensureDictionary } from '../dictionary.js';
import { joinLocalNames } from '../local-names.js';
import type { TokenizedSentence } from '../recognizer.js';

/** Tests only: one sentence segmented as the pipeline does it (gazetteer and recogniser words loaded), offsets from 0. */
export function tokenizeForTest(text: string, provinceCode?: string): TokenizedSentence {
  ensureDictionary();
  const sentence = { index: 0, start: 0, end: text.length, text };
  return joinLocalNames({ ...sentence, tokens: segment(sentence) }, provinceCode);
}

import { addUserWords } from '../text/index.js';
import { gazetteerWords } from './places/index.js';
import { MODULES } from './modules.js';

let done = false;

/**
 * Fills jieba's user dictionary once per process, always with the same words: place names of
 * provinces, prefectures and countries, and every recogniser's words. Nothing depends on the
 * report: jieba's dictionary is global, so a word added for one report would re-cut every later
 * one. A province's counties and towns are joined per document instead (see `joinLocalNames`).
 */
export function ensureDictionary(): void {
  if (done) return;
  addUserWords(gazetteerWords());
  for (const m of MODULES) addUserWords(m.words ?? []);
  done = true;
}

import { addUserWords } from '../text/index.js';
import { gazetteerWords, provinceWords } from './places/index.js';
import { MODULES } from './modules.js';

let globalDone = false;
const provincesDone = new Set<string>();

/**
 * Fills jieba's user dictionary once per process: place names and every recogniser's words; the
 * towns of a province the first time a report of that province is read.
 */
export function ensureDictionary(provinceCode: string | undefined): void {
  if (!globalDone) {
    addUserWords(gazetteerWords());
    for (const m of MODULES) addUserWords(m.words ?? []);
    globalDone = true;
  }
  if (provinceCode !== undefined && !provincesDone.has(provinceCode)) {
    addUserWords(provinceWords(provinceCode));
    provincesDone.add(provinceCode);
  }
}

import nodejieba from 'nodejieba';
import type { RecognizerModule, TokenizedSentence } from '../recognizer.js';

const loaded = new Set<string>();

/** Tests only: one sentence tokenised by nodejieba with a module's user words, offsets from 0. */
export function tokenizeForTest(text: string, module?: RecognizerModule): TokenizedSentence {
  for (const w of module?.words ?? []) {
    if (loaded.has(w.word)) continue;
    nodejieba.insertWord(w.word, w.tag);
    loaded.add(w.word);
  }
  const tokens = [];
  let cursor = 0;
  for (const t of nodejieba.tag(text)) {
    const at = text.indexOf(t.word, cursor);
    if (at < 0) continue;
    tokens.push({ word: t.word, tag: t.tag, start: at, end: at + t.word.length });
    cursor = at + t.word.length;
  }
  return { index: 0, start: 0, end: text.length, text, tokens };
}

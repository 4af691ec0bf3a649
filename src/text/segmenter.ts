import nodejieba from 'nodejieba';
import type { Sentence } from '../model/index.js';

/** A word from the segmenter with offsets into the document text. */
export interface SegmentedToken {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** Words already given to jieba in this process: insertWord is global, so each word goes in once. */
const inserted = new Set<string>();

/**
 * Adds words to jieba's in-memory user dictionary (no file is written). Later words with the same
 * text keep the first tag.
 */
export function addUserWords(words: Iterable<{ word: string; tag: string }>): void {
  for (const { word, tag } of words) {
    if (word.length < 2 || inserted.has(word)) continue;
    inserted.add(word);
    nodejieba.insertWord(word, tag);
  }
}

/** Segments one sentence with POS tags; offsets are shifted to the document text. */
export function segment(sentence: Sentence): SegmentedToken[] {
  const out: SegmentedToken[] = [];
  let pos = sentence.start;
  for (const { word, tag } of nodejieba.tag(sentence.text)) {
    out.push({ word, tag, start: pos, end: pos + word.length });
    pos += word.length;
  }
  return out;
}

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

/**
 * Segments a whole text line by line (one jieba call per line, as cheap as tagging the text) and
 * hands each sentence the tokens that start inside it. Sentences never cross a line, and jieba
 * keeps sentence-ending punctuation as tokens of its own, so tokens fall inside one sentence.
 */
export function segmentSentences<S extends Sentence>(
  text: string,
  sentences: readonly S[],
): Array<S & { tokens: SegmentedToken[] }> {
  const out = sentences.map((s) => ({ ...s, tokens: [] as SegmentedToken[] }));
  let k = 0;
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    while (k < out.length && out[k]!.end <= lineStart) k++;
    if (k < out.length && out[k]!.start < lineEnd) {
      let pos = lineStart;
      let m = k;
      for (const { word, tag } of nodejieba.tag(text.slice(lineStart, lineEnd))) {
        const start = pos;
        pos += word.length;
        while (m < out.length && out[m]!.end <= start) m++;
        const s = out[m];
        if (s && start >= s.start && start < s.end) s.tokens.push({ word, tag, start, end: pos });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

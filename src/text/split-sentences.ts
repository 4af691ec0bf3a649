import type { Sentence } from '../model/index.js';
import { charFlags } from './char-flags.js';
import { headingOf } from './headings.js';

/** Characters that end a sentence (Chinese full stops, and the semicolon that separates tasks in reports). */
const ENDERS = charFlags([...'。！？；!?;\n'].map((c) => c.charCodeAt(0)));
const NEWLINE = 10;
/** Quote pairs kept whole: a sentence never ends inside them (“……。” or 《……》). */
const OPENERS = new Map(['“”', '《》', '「」', '『』'].map((pair) => [pair.charCodeAt(0), pair.charCodeAt(1)]));
const OPENS = charFlags(OPENERS.keys());
/** A quote left open longer than this is a typo, not a quotation: stop protecting it. */
const MAX_QUOTE = 200;

/**
 * Splits a document text into sentences with offsets into it. Headings ((三)…, 一、…) are their
 * own sentences and label the sentences below them (`section`).
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let section: string | undefined;
  let start = 0;
  let closer: number | undefined;
  let quoteStart = 0;
  const flush = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s]!)) s++;
    while (e > s && isSpace(text[e - 1]!)) e--;
    start = end;
    if (e <= s) return;
    const t = text.slice(s, e);
    const heading = headingOf(t);
    if (heading !== undefined) section = heading;
    out.push({ index: out.length, start: s, end: e, text: t, ...(section !== undefined ? { section } : {}) });
  };
  for (let i = 0; i < text.length; i++) {
    // Character codes, not text[i]: no string is made per character of the document.
    const c = text.charCodeAt(i);
    if (closer !== undefined) {
      if (c === closer || c === NEWLINE || i - quoteStart > MAX_QUOTE) closer = undefined;
      if (c !== NEWLINE) continue;
    }
    const close = OPENS[c] === 1 ? OPENERS.get(c) : undefined;
    if (close !== undefined) {
      closer = close;
      quoteStart = i;
      continue;
    }
    if (ENDERS[c] === 1) flush(c === NEWLINE ? i : i + 1);
  }
  flush(text.length);
  return out;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\u3000' || c === '\r';
}

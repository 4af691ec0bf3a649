import { QUOTE_PAIRS } from './data/program-markers.js';

/** A quoted or book-titled span: offsets of the marks within the sentence text. */
export interface QuoteSpan {
  open: number;
  /** Index of the closing mark. */
  close: number;
  inner: string;
  rule: string;
}

const MAX_INNER_CHARS = 60;

/** Every “…” and 《…》 span in a sentence (unclosed marks are skipped). */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const pair of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const open = text.indexOf(pair.open, from);
      if (open < 0) break;
      const close = text.indexOf(pair.close, open + 1);
      if (close < 0) break;
      const inner = text.slice(open + 1, close).trim();
      if (inner && close - open <= MAX_INNER_CHARS) spans.push({ open, close, inner, rule: pair.rule });
      from = close + 1;
    }
  }
  return spans.sort((a, b) => a.open - b.open);
}

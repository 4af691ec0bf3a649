import type { Candidate, TokenizedSentence } from '../recognizer.js';
import named from './data/named-programs.json' with { type: 'json' };

/** National programmes reports name without marks (西部陆海新通道, 以工代赈), longest first. */
export const NAMED_PROGRAMS: readonly string[] = [...named.names].sort((a, b) => b.length - a.length);

const pattern = new RegExp(NAMED_PROGRAMS.map((n) => n.replace(/[+*?()[\]{}|.^$\\]/g, '\\$&')).join('|'), 'g');

/** Known national programmes, wherever the sentence names them. */
export function recognizeNamed(sentence: TokenizedSentence): Candidate[] {
  const out: Candidate[] = [];
  // exec on the one global pattern, as matchAll would on a copy of it (no name is empty); a failed
  // exec leaves lastIndex at 0 for the next sentence.
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence.text); m !== null; m = pattern.exec(sentence.text)) {
    const start = sentence.start + m.index;
    out.push({ type: 'Program', name: m[0], start, end: start + m[0].length, surface: m[0], rule: 'program.lexicon' });
  }
  return out;
}

import data from './data/stage-verbs.json' with { type: 'json' };
import type { Stage } from '../../model/index.js';

const VERBS = Object.entries(data.verbs as Record<string, Stage>).sort((a, b) => b[0].length - a[0].length);
/** Clause marks: a stage verb speaks only for the things in its own clause. */
const CLAUSE_MARKS = /[，,：:；;。]/;

/**
 * The stage verb of a mention at [start, end) in a sentence text (offsets relative to the
 * sentence): the nearest verb before it in its clause (加快建设A、B), else the first after it (A开工).
 */
export function stageOf(text: string, start: number, end: number): { stage: Stage; verb: string } | undefined {
  let from = start;
  while (from > 0 && !CLAUSE_MARKS.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !CLAUSE_MARKS.test(text[to]!)) to++;
  const before = text.slice(from, start);
  let best: { stage: Stage; verb: string; at: number } | undefined;
  for (const [verb, stage] of VERBS) {
    const at = before.lastIndexOf(verb);
    // The verb ending nearest the mention wins; VERBS is longest first, so 加快建设 beats 建设.
    if (at >= 0 && (best === undefined || at + verb.length > best.at + best.verb.length)) best = { stage, verb, at };
  }
  if (best) return { stage: best.stage, verb: best.verb };
  const after = text.slice(end, to);
  let first: { stage: Stage; verb: string; at: number } | undefined;
  for (const [verb, stage] of VERBS) {
    const at = after.indexOf(verb);
    if (at >= 0 && (first === undefined || at < first.at)) first = { stage, verb, at };
  }
  return first ? { stage: first.stage, verb: first.verb } : undefined;
}

import data from './data/stage-verbs.json' with { type: 'json' };
import type { Stage } from '../../model/index.js';
import { charFlags } from '../../text/index.js';

const STAGE_OF = new Map(Object.entries(data.verbs as Record<string, Stage>));
/** Verbs by first UTF-16 code unit, longest first: one pass over a sentence finds them all. */
const BY_FIRST = new Map<number, string[]>();
for (const verb of [...STAGE_OF.keys()].sort((a, b) => b.length - a.length))
  BY_FIRST.set(verb.charCodeAt(0), [...(BY_FIRST.get(verb.charCodeAt(0)) ?? []), verb]);
const FIRSTS = charFlags(BY_FIRST.keys());
/** Clause marks: a stage verb speaks only for the things in its own clause. */
const CLAUSE_MARKS = new Set([...'，,：:；;。'].map((c) => c.charCodeAt(0)));

/** A stage verb found in a sentence, offsets relative to the sentence. */
export interface StageVerb {
  start: number;
  end: number;
  verb: string;
  stage: Stage;
}

/** The stage verbs of a sentence, longest match at each position, left to right. */
export function findStageVerbs(text: string): StageVerb[] {
  const out: StageVerb[] = [];
  for (let i = 0; i < text.length; i++) {
    if (FIRSTS[text.charCodeAt(i)] === 0) continue;
    const verb = longestAt(text, i, BY_FIRST.get(text.charCodeAt(i)));
    if (verb === undefined) continue;
    out.push({ start: i, end: i + verb.length, verb, stage: STAGE_OF.get(verb)! });
    i += verb.length - 1;
  }
  return out;
}

/** The first of `words` (longest first) written at `i`; a plain loop, as it runs at every character. */
function longestAt(text: string, i: number, words: readonly string[] | undefined): string | undefined {
  if (words === undefined) return undefined;
  for (const w of words) if (text.startsWith(w, i)) return w;
  return undefined;
}

/**
 * The stage verb of a mention at [start, end) (offsets relative to the sentence): the nearest
 * verb before it in its clause (加快建设A、B), else the first after it (A开工).
 */
export function stageOf(text: string, verbs: readonly StageVerb[], start: number, end: number): StageVerb | undefined {
  let from = start;
  while (from > 0 && !CLAUSE_MARKS.has(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !CLAUSE_MARKS.has(text.charCodeAt(to))) to++;
  let before: StageVerb | undefined;
  for (const v of verbs) {
    if (v.start >= from && v.end <= start) before = v;
    else if (v.start >= end && v.end <= to) return before ?? v;
  }
  return before;
}

import { skipSplitVerbs, splitVerbAt } from '../split-verb.js';
import { GENERIC_LEADING, STOP_VERBS } from './data/boundaries.js';
import { isGenericText } from './is-named.js';
import type { LeftEdge } from './left-boundary.js';
import type { Scan } from './scan.js';

/** Locatives jieba glues onto a following place name (以北|海 → 以北/f 海/n). */
const LOCATIVE_LEAD = '以';

/** How far past `at` (a document offset in token i) a split verb reaches, or 0. */
function splitLength(scan: Scan, at: number, i: number, limit: number): number {
  const { text, tokens, base } = scan;
  const n = splitVerbAt(text, base, tokens, i, at, limit, STOP_VERBS);
  if (n > 0) return n;
  const token = tokens[i]!;
  // 以北/f 海/n: the name is 北海…
  return token.start === at && token.tag === 'f' && token.word.length > 1 && token.word.startsWith(LOCATIVE_LEAD)
    ? 1
    : 0;
}

/**
 * Moves a project name's left edge past verbs the tokens split (实|现金|温铁路 → 金温铁路, 以北|海|工业园区
 * → 北海工业园区). Returns the edge unchanged when there are none, `undefined` when nothing specific is
 * left before the facility word (确保全|市|工业园区 → 全市工业园区: generic).
 */
export function pastSplitVerbs(scan: Scan, edge: LeftEdge, k: number): LeftEdge | undefined {
  const { tokens, base, text } = scan;
  if (edge.first >= k) return edge;
  const limit = tokens[k]!.start;
  const from = edge.cut ?? tokens[edge.first]!.start;
  const { at, i } = skipSplitVerbs(tokens, from, edge.first, (a, k) => splitLength(scan, a, k, limit));
  if (at === from) return edge;
  let stem = text.slice(at - base, limit - base);
  for (const lead of GENERIC_LEADING) if (stem.startsWith(lead)) stem = stem.slice(lead.length);
  if (stem === '' || isGenericText(stem)) return undefined;
  return tokens[i]!.start === at ? { first: i, reason: edge.reason } : { first: i, reason: edge.reason, cut: at };
}

import type { Token } from '../recognizer.js';
import type { TokenClass } from './token-class.js';

/** A conjunct that shares the head of the name after it: 江油|、北川抽水蓄能电站. Offsets sentence-relative. */
export interface Conjunct {
  start: number;
  end: number;
}

const MAX_CONJUNCT = 8;

const isProperish = (c: TokenClass): boolean => c === 'proper' || c === 'connector';

/** End (token index, exclusive) of the proper run a name starts with: 北川|抽水蓄能电站, 沿滩—长寿|产业合作示范园区. */
export function properRun(classes: TokenClass[], first: number, last: number): number {
  let r = first;
  while (r < last && isProperish(classes[r]!)) r++;
  return r > first && classes[r - 1] !== 'connector' ? r : first;
}

/**
 * The conjuncts before token `sep` (a 、 or 等), walking left over `A、B、` runs of short proper parts.
 * Empty when the part before is not a bare proper name (成兰铁路、… is a name of its own).
 */
export function conjunctsBefore(
  tokens: Token[],
  classes: TokenClass[],
  sep: number,
  base: number,
  hasFacility: (start: number, end: number) => boolean,
): Conjunct[] {
  const found: Conjunct[] = [];
  let j = sep - 1;
  for (;;) {
    const last = j;
    while (j >= 0 && isProperish(classes[j]!)) j--;
    if (j === last || classes[last] === 'connector') break;
    const start = tokens[j + 1]!.start - base;
    const end = tokens[last]!.end - base;
    if (end - start > MAX_CONJUNCT || hasFacility(start, end)) break;
    const before = j >= 0 ? classes[j]! : 'stop';
    if (before !== 'stop' && before !== 'enum') break;
    found.unshift({ start, end });
    if (before !== 'enum') break;
    j--;
  }
  return found;
}

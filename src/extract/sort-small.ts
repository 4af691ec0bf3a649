/**
 * Sorts a short array in place, stably, by insertion, and returns it. The per-sentence lists of
 * the pipeline hold a few items, mostly in order already: Array#sort gives the same order (it is
 * stable too) but copies its array on every call, and a pass makes thousands of such calls.
 */
export function sortSmall<T>(xs: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    for (; j >= 0 && compare(xs[j]!, x) > 0; j--) xs[j + 1] = xs[j]!;
    xs[j + 1] = x;
  }
  return xs;
}

/** Text order of spans. */
export const byStart = (a: { start: number }, b: { start: number }): number => a.start - b.start;
/** Longer spans first. */
export const longestFirst = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  b.end - b.start - (a.end - a.start);

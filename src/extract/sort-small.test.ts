import { describe, expect, it } from 'vitest';
import { byStart, longestFirst, sortSmall } from './sort-small.js';

const span = (start: number, end: number, tag: string) => ({ start, end, tag });

describe('sortSmall gives the order of a stable Array#sort', () => {
  const cases = [
    [],
    [span(3, 5, 'a')],
    [span(9, 12, 'a'), span(1, 4, 'b'), span(5, 6, 'c'), span(1, 2, 'd'), span(9, 10, 'e'), span(0, 8, 'f')],
    [span(4, 6, 'a'), span(4, 7, 'b'), span(4, 6, 'c'), span(2, 3, 'd')],
  ];
  for (const [i, xs] of cases.entries())
    for (const [name, compare] of [
      ['byStart', byStart],
      ['longestFirst', longestFirst],
    ] as const)
      it(`case ${i}, ${name}`, () => {
        expect(sortSmall([...xs], compare)).toEqual([...xs].sort(compare));
      });
});

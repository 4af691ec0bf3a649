import { describe, expect, it } from 'vitest';
import { charFlags, hasPair, pairFlags } from './char-flags.js';

describe('charFlags', () => {
  const flags = charFlags([...'成渝。'].map((c) => c.charCodeAt(0)));
  it.each([
    ['成', 1],
    ['渝', 1],
    ['。', 1],
    ['都', 0],
    ['a', 0],
  ])('%s → %i', (c, flag) => {
    expect(flags[c.charCodeAt(0)]).toBe(flag);
  });
  it('covers every UTF-16 code unit', () => {
    expect(flags.length).toBe(0x10000);
  });
});

describe('pairFlags', () => {
  const bits = pairFlags(['成都市', '自贡', '渝']);
  it('is true for the first two code units of every word', () => {
    expect(hasPair(bits, '成'.charCodeAt(0), '都'.charCodeAt(0))).toBe(true);
    expect(hasPair(bits, '自'.charCodeAt(0), '贡'.charCodeAt(0))).toBe(true);
  });
  it('is false for pairs no word starts with (in this small table, no collision)', () => {
    expect(hasPair(bits, '都'.charCodeAt(0), '成'.charCodeAt(0))).toBe(false);
    expect(hasPair(bits, '成'.charCodeAt(0), '渝'.charCodeAt(0))).toBe(false);
  });
});

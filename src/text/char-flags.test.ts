import { describe, expect, it } from 'vitest';
import { charFlags } from './char-flags.js';

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

import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { documentFor } from '../test-helpers.js';

const GANZHOU = { code: '360700', name: '赣州市' };
const participants = (text: string): string[] =>
  extract(documentFor(text, GANZHOU))
    .relations.filter((r) => r.type === 'PARTICIPATES_IN')
    .map((r) => `${r.from.name} → ${r.to.name}`);

// Sentences composed in the style of other cities' reports.
describe('PARTICIPATES_IN', () => {
  it.each([
    // a firm builds the projects of its clause, a hospital among them
    [
      '由中国电建集团承建赣州国际陆港二期、于都县第二人民医院新区。',
      ['中国电建集团 → 赣州国际陆港二期', '中国电建集团 → 于都县第二人民医院'],
    ],
    // two hospitals working together are partners, neither is the other's project
    ['推动赣南医学院第一附属医院与南昌大学第一附属医院合作共建。', []],
    // a hospital named inside another project's name takes no part in its neighbour
    ['加快建设于都县中医院三期、瑞金市第三人民医院新区、会昌县第二人民医院新区。', []],
    // a hospital listed among the projects of its clause is one of them
    ['实施市第二人民医院、市中医医院、市妇幼保健院等新改扩建项目。', []],
  ])('%s', (text, expected) => {
    expect(participants(text)).toEqual(expected);
  });
});

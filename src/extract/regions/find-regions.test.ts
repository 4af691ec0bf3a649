import { describe, expect, it } from 'vitest';
import { sentenceFor } from '../test-helpers.js';
import { findBasins, findNamedRegions } from './find-regions.js';

describe('regions', () => {
  const named: Array<[string, string[]]> = [
    ['主动融入长江三角洲区域一体化发展', ['长三角']],
    ['深化与东盟、欧盟经贸往来', ['东盟', '欧盟']],
    ['推动川南渝西地区融合发展', ['川南渝西']],
    ['四川南部山区', []],
  ];
  it.each(named)('named: %s', (text, expected) => {
    expect(findNamedRegions(sentenceFor(text).sentence).map((r) => r.name)).toEqual(expected);
  });

  const basins: Array<[string, string[]]> = [
    ['落实岷江流域生态补偿机制', ['岷江流域']],
    ['开展釜溪河流域综合治理', ['釜溪河流域']],
    ['加强流域治理', []],
    ['做好沱江流域生态修复', ['沱江流域']],
    ['加强嘉陵江流域治理', ['嘉陵江流域']],
  ];
  it.each(basins)('basin: %s', (text, expected) => {
    expect(findBasins(sentenceFor(text).sentence).map((r) => r.name)).toEqual(expected);
  });
});

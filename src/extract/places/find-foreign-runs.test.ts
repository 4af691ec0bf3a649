import { describe, expect, it } from 'vitest';
import { sentenceFor } from '../test-helpers.js';
import { findForeignRuns } from './find-foreign-runs.js';

describe('findForeignRuns', () => {
  const rows: Array<[string, string[]]> = [
    ['巩固欧美日韩传统市场', ['美国', '日本', '韩国']],
    ['举办中日韩产业合作论坛', ['日本', '韩国']],
    ['建设中蒙俄经济走廊', ['蒙古国', '俄罗斯']],
    // Two weak characters, or one repeated, are no run of countries.
    ['打通新马南路断头路', []],
    ['践行美美与共理念', []],
  ];
  it.each(rows)('%s', (text, expected) => {
    const { sentence } = sentenceFor(text, '330300');
    expect(findForeignRuns(sentence, () => false).map((p) => p.division.name)).toEqual(expected);
  });
});

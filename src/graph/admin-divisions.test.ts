import { describe, expect, it } from 'vitest';
import { ancestors, division } from './admin-divisions.js';

describe('division', () => {
  it.each([
    ['510000', '四川省', 'province', undefined],
    ['510700', '绵阳市', 'city', '510000'],
    ['510781', '江油市', 'county', '510700'],
    // A district of a municipality hangs from the municipality itself, not from 市辖区.
    ['500118', '永川区', 'county', '500000'],
    ['500100', '重庆市', 'province', undefined],
    ['110101001', '东华门街道', 'town', '110101'],
    // A city without counties is listed as its own area too: it stays a city.
    ['441900', '东莞市', 'city', '440000'],
  ])('%s → %s', (code, name, level, parentCode) => {
    const d = division(code);
    expect([d?.name, d?.level, d?.parentCode]).toEqual([name, level, parentCode]);
  });

  it('knows nothing of codes outside GB/T 2260', () => {
    expect(division('foreign:DE')).toBeUndefined();
    expect(division('999999')).toBeUndefined();
  });
});

describe('ancestors', () => {
  it.each([
    ['510781', ['510700', '510000']],
    ['510300', ['510000']],
    ['500118', ['500000']],
    ['510000', []],
  ])('%s → %j', (code, expected) => {
    expect(ancestors(code).map((d) => d.code)).toEqual(expected);
  });
});

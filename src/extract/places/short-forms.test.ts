import { describe, expect, it } from 'vitest';
import { shortForm } from './short-forms.js';

describe('shortForm', () => {
  const rows: Array<[string, 'province' | 'city' | 'county', string | undefined]> = [
    ['江油市', 'county', '江油'],
    ['北川羌族自治县', 'county', '北川'],
    ['永川区', 'county', '永川'],
    ['荣县', 'county', undefined],
    ['凉山彝族自治州', 'city', '凉山'],
    ['阿坝藏族羌族自治州', 'city', '阿坝'],
    ['新疆维吾尔自治区', 'province', '新疆'],
    ['广西壮族自治区', 'province', '广西'],
    ['锡林郭勒盟', 'city', '锡林郭勒'],
    ['积石山保安族东乡族撒拉族自治县', 'county', '积石山'],
  ];
  it.each(rows)('%s', (name, level, expected) => expect(shortForm({ name, level })).toBe(expected));
});

import { describe, expect, it } from 'vitest';
import { isoDate, parseDate } from './parse-date.js';

describe('parseDate', () => {
  it.each([
    ['2024-01-10', '2024-01-10'],
    ['2024/1/9', '2024-01-09'],
    ['２０２４-０１-１０', '2024-01-10'],
    ['——2023年12月26日在柳州市第十五届人民代表大会第四次会议上', '2023-12-26'],
    ['——二〇二一年一月二十三日在太原市第十五届人民代表大会第六次会议上', '2021-01-23'],
    ['二○一九年二月十日', '2019-02-10'], // ○ typed for 〇
    ['2024年1月', undefined], // no day: no ISO date
    ['第十五届人民代表大会', undefined],
    ['1850-01-01', undefined],
  ])('%s → %s', (line, iso) => {
    expect(isoDate(parseDate(line))).toBe(iso);
  });

  it('reads a year alone only when asked', () => {
    expect(parseDate('2024年政府工作报告')).toBeUndefined();
    expect(parseDate('2024年政府工作报告', true)).toEqual({ year: 2024 });
    expect(parseDate('2024年1月', true)).toEqual({ year: 2024, month: 1 });
  });
});

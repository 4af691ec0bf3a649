import { describe, expect, it } from 'vitest';
import { headingOf } from './headings.js';

describe('headingOf', () => {
  const rows: Array<[string, string | undefined]> = [
    ['(三)深化改革开放', '(三)深化改革开放'],
    ['（十二）保障改善民生', '（十二）保障改善民生'],
    ['二、2024年工作安排', '二、2024年工作安排'],
    ['第三部分 主要任务', '第三部分 主要任务'],
    ['三是加快项目建设', undefined],
    ['全年地区生产总值增长6%。', undefined],
  ];
  it.each(rows)('%s', (line, expected) => expect(headingOf(line)).toBe(expected));
});

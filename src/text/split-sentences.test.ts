import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';

describe('splitSentences', () => {
  const rows: Array<[string, string[]]> = [
    ['推进南溪港区建设。完成投资20亿元！', ['推进南溪港区建设。', '完成投资20亿元！']],
    ['实施“引凤还巢。人才回流”计划；扩大开放', ['实施“引凤还巢。人才回流”计划；', '扩大开放']],
    ['出台《关于支持民营经济发展的若干措施。》等文件。', ['出台《关于支持民营经济发展的若干措施。》等文件。']],
    ['第一行\n\n第二行', ['第一行', '第二行']],
    ['  前后有空格。  ', ['前后有空格。']],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('keeps offsets into the text', () => {
    const text = '一、总体要求\n加快建设宜宾港。推进长江生态保护。';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('labels sentences with the heading above them', () => {
    const text = '(二)扩大有效投资\n加快建设宜宾港。\n三、民生保障\n新建学校5所。';
    const out = splitSentences(text).map((s) => [s.text, s.section]);
    expect(out).toEqual([
      ['(二)扩大有效投资', '(二)扩大有效投资'],
      ['加快建设宜宾港。', '(二)扩大有效投资'],
      ['三、民生保障', '三、民生保障'],
      ['新建学校5所。', '三、民生保障'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseHeader } from './parse-header.js';

const BODY = '各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n';

// [header lines, title, date, year, issuer code] — headers composed in the style of reports from several provinces.
const CASES: [string, string, string | undefined, number | undefined, string | undefined][] = [
  [
    '关于泸州市2024年国民经济和社会发展计划执行情况及2025年计划草案的报告\n2025-02-20',
    '关于泸州市2024年国民经济和社会发展计划执行情况及2025年计划草案的报告',
    '2025-02-20',
    2025,
    '510500',
  ],
  ['2024年宜宾市政府工作报告\n2024-01-12', '2024年宜宾市政府工作报告', '2024-01-12', 2024, '511500'],
  [
    '九江市政府工作报告（2024年1月10日 张三）\n2024-01-10\n——2024年1月10日在九江市第十七届人民代表大会第四次会议上',
    '九江市政府工作报告（2024年1月10日 张三）',
    '2024-01-10',
    2024,
    '360400',
  ],
  [
    '柳州市政府工作报告（2023年12月26日 李四）',
    '柳州市政府工作报告（2023年12月26日 李四）',
    '2023-12-26',
    2024,
    '450200',
  ],
  [
    '政府工作报告\n——2022年1月20日在湖北省第十三届人民代表大会第五次会议上\n湖北省省长 王五',
    '政府工作报告',
    '2022-01-20',
    2022,
    '420000',
  ],
  [
    '2019\n2019-03-05\n政府工作报告\n——2019年3月5日在第十三届全国人民代表大会第二次会议上\n国务院总理',
    '政府工作报告',
    '2019-03-05',
    2019,
    '100000',
  ],
  [
    '政府工作报告\n——二〇二一年一月二十三日在太原市第十五届人民代表大会第六次会议上',
    '政府工作报告',
    '2021-01-23',
    2021,
    '140100',
  ],
  [
    '2020年自治区政府工作报告\n——2020年1月16日在宁夏回族自治区第十二届人民代表大会第三次会议上',
    '2020年自治区政府工作报告',
    '2020-01-16',
    2020,
    '640000',
  ],
  ['延边州政府工作报告（2019年1月8日 赵六）', '延边州政府工作报告（2019年1月8日 赵六）', '2019-01-08', 2019, '222400'],
  ['兰州市人民政府工作报告（2022）\n2021-12-21', '兰州市人民政府工作报告（2022）', '2021-12-21', 2022, '620100'],
  [
    '东营市政府工作报告(2023年1月5日 孙七)\n\n时间: 2024-03-01 10:00:00 | 作者: 编辑部',
    '东营市政府工作报告(2023年1月5日 孙七)',
    '2023-01-05',
    2023,
    '370500',
  ],
];

describe('parseHeader', () => {
  it.each(CASES)('%s', (header, title, date, year, code) => {
    const h = parseHeader(`${header}\n${BODY}`);
    expect(h.title).toBe(title);
    expect(h.date).toBe(date);
    expect(h.year).toBe(year);
    expect(h.issuer?.code).toBe(code);
  });

  it('finds the issuer and year in the body when the header names neither', () => {
    const text =
      '政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2015年工作回顾\n过去一年，嘉兴经济平稳增长，嘉兴港吞吐量创新高，南湖区、秀洲区协同发展。\n';
    const h = parseHeader(text);
    expect(h.year).toBe(2016);
    expect(h.issuer).toEqual({ code: '330400', name: '嘉兴市' });
  });

  it('names no issuer when nothing says who speaks', () => {
    expect(parseHeader('政府工作报告\n各位代表：\n过去一年工作取得新进展。').issuer).toBeUndefined();
  });
});

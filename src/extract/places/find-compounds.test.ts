import { describe, expect, it } from 'vitest';
import { sentenceFor } from '../test-helpers.js';
import { findCompounds } from './find-compounds.js';

describe('findCompounds', () => {
  const rows: Array<[string, string, string[]]> = [
    ['加快宜泸沿江高速建设', '511500', []],
    ['推动宜泸协同发展', '511500', ['宜泸 cooperation 宜宾市,泸州市']],
    ['开工建设渝昆高铁', '511500', ['渝昆 line 重庆市,昆明市']],
    ['深化川渝合作', '510700', ['川渝 cooperation 四川省,重庆市']],
    // 宜 is 宜昌 in a Hubei report.
    ['加快宜荆荆都市圈建设', '420500', []],
    ['推进宜荆一体化', '420500', ['宜荆 cooperation 宜昌市,荆州市']],
    // Without a trigger, a run must be whole tokens of cities: 西南自行车 is no compound.
    ['建设西南自行车运动中心', '510300', []],
    ['推动宝汉天协同发展', '620500', ['宝汉天 cooperation 宝鸡市,汉中市,天水市']],
    ['高质量建设成德绵科技成果转移转化示范区', '510700', ['成德绵 bare 成都市,德阳市,绵阳市']],
    ['加快成渝重大项目建设', '510300', ['成渝 bare 成都市,重庆市']],
    // A report abbreviates its own city by its first character: 广 is 广元 in a 广元 report, 广安 elsewhere in Sichuan.
    ['建成广巴高速公路', '510800', ['广巴 line 广元市,巴中市']],
    ['建成南广高速公路', '511300', ['南广 line 南充市,广安市']],
    // 达成 is a verb, not 达州 + 成都.
    ['与头部企业达成合作意向', '650200', []],
    ['推进长株潭一体化', '430100', ['长株潭 cooperation 长沙市,株洲市,湘潭市']],
    // The 成 of the verb 建成 is no 成都.
    ['建成杭绍台铁路', '331000', ['杭绍台 line 杭州市,绍兴市,台州市']],
    ['纳入川渝共建项目清单', '510700', ['川渝 cooperation 四川省,重庆市']],
    ['深入推进呼包鄂乌一体化发展', '150900', ['呼包鄂乌 cooperation 呼和浩特市,包头市,鄂尔多斯市,乌兰察布市']],
    // A bare run needs a place of the issuer's province: 乌兰哈达 is a volcano, not four cities.
    ['保护乌兰哈达火山群', '150900', []],
    // A bare run holding an ordinary word is prose (各县自筹资金达…: 资金 is money, not 资阳 + 金华).
    ['各县自筹水利资金达5亿元', '330700', []],
    // A bare run before 等 lists cities, and a line word after a run makes it a line, not a cooperation.
    ['赴北上广深等城市开展招商', '441900', []],
    ['加快广佛江珠城轨前期工作', '440700', ['广佛江珠 line 广州市,佛山市,江门市,珠海市']],
    // An ambiguous character read far from the issuer leaves the compound alone: 宁 here is 南京 or 宁德, not 宁夏.
    ['推进宁芜高速扩容改造', '340500', []],
    ['开通衢宁铁路', '330800', []],
    // …unless provinces pair with provinces, or the character reads as one city everywhere.
    ['深化闽宁协作', '350000', ['闽宁 cooperation 福建省,宁夏回族自治区']],
    ['推进京广铁路扩能', '410000', ['京广 line 北京市,广州市']],
  ];
  it.each(rows)('%s', (text, issuer, expected) => {
    const { sentence, ctx } = sentenceFor(text, issuer);
    const got = findCompounds(sentence, ctx, () => false).map(
      (c) => `${c.surface} ${c.kind} ${c.places.map((p) => p.division.name).join(',')}`,
    );
    expect(got).toEqual(expected);
  });
});

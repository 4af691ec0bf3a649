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
    ['共建宝汉天工业母机集群', '620500', ['宝汉天 bare 宝鸡市,汉中市,天水市']],
    ['推进长株潭一体化', '430100', ['长株潭 cooperation 长沙市,株洲市,湘潭市']],
  ];
  it.each(rows)('%s', (text, issuer, expected) => {
    const { sentence, ctx } = sentenceFor(text, issuer);
    const got = findCompounds(sentence, ctx, () => false).map((c) => `${c.surface} ${c.kind} ${c.places.map((p) => p.division.name).join(',')}`);
    expect(got).toEqual(expected);
  });
});

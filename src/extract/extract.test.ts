import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';
import { documentFor } from './test-helpers.js';

const YIBIN = { code: '511500', name: '宜宾市' };
/** Relations between places and regions, COOPERATES_WITH ends in name order (it is undirected). */
const relationsOf = (text: string, issuer = YIBIN): string[] =>
  extract(documentFor(text, issuer))
    .relations.filter((r) => r.from.type !== 'Project')
    .map((r) => {
      const ends = [r.from.name, r.to.name];
      if (r.type === 'COOPERATES_WITH') ends.sort();
      return `${r.type} ${ends.join(' ')} ${r.evidence[0]!.rule}`;
    });

describe('extract: relations between places and regions', () => {
  const rows: Array<[string, string[]]> = [
    ['深入推进宜泸协同发展。', ['COOPERATES_WITH 宜宾市 泸州市 cooperates.compound.cooperation']],
    [
      '巩固拓展与无锡、绍兴等地合作成果。',
      ['COOPERATES_WITH 宜宾市 无锡市 cooperates.with', 'COOPERATES_WITH 宜宾市 绍兴市 cooperates.with'],
    ],
    // A place that starts an organisation's name is no partner.
    ['推动市第一人民医院与重庆医科大学附属医院深化合作。', []],
    ['积极融入成渝地区双城经济圈建设。', ['PART_OF 宜宾市 成渝地区双城经济圈 part-of.join']],
    [
      '加快建设川南渝西(宜宾)科创中心。',
      expect.arrayContaining(['PART_OF 宜宾市 川南渝西 part-of.bracket']) as unknown as string[],
    ],
    ['做好沱江流域江安段生态修复。', ['PART_OF 江安县 沱江流域 part-of.section']],
    // A basin section named by several cities is governed jointly.
    [
      '开展长江流域(宜泸段)联防联治。',
      [
        'COOPERATES_WITH 宜宾市 泸州市 cooperates.compound.joint-section',
        'PART_OF 宜宾市 长江流域 part-of.bracket',
        'PART_OF 泸州市 长江流域 part-of.bracket',
      ],
    ],
  ];
  it.each(rows)('%s', (text, expected) => expect(relationsOf(text)).toEqual(expected));

  it('joining a region the issuer is not a member of is cooperation', () => {
    expect(relationsOf('主动融入粤港澳大湾区建设。', { code: '360700', name: '赣州市' })).toEqual([
      'COOPERATES_WITH 粤港澳大湾区 赣州市 cooperates.join',
    ]);
  });

  it('a province is not part of a region inside it, nor anyone of a foreign bloc', () => {
    const partOf = (text: string, issuer: { code: string; name: string }): string[] =>
      relationsOf(text, issuer).filter((r) => r.startsWith('PART_OF'));
    expect(partOf('成都都市圈发展能级提升。', { code: '510000', name: '四川省' })).toEqual([]);
    expect(partOf('深度参与粤港澳大湾区建设。', { code: '440000', name: '广东省' })).toEqual([
      'PART_OF 广东省 粤港澳大湾区 part-of.join',
    ]);
    expect(partOf('建设东盟(凭祥)国际物流园。', { code: '450000', name: '广西壮族自治区' })).toEqual([]);
  });

  it('gives every entity a deterministic id and keeps aliases', () => {
    const x = extract(documentFor('宜宾加快发展。宜泸协同发展。', YIBIN));
    const yibin = x.entities.find((e) => e.id === 'place:511500');
    expect(yibin).toMatchObject({ type: 'Place', name: '宜宾市', code: '511500', level: 'city' });
    expect(yibin?.aliases).toEqual(['宜宾', '宜']);
  });

  it('records the stage verb of each mention', () => {
    const x = extract(documentFor('加快建设叙州区综合物流园。', YIBIN));
    expect(x.mentions.find((m) => m.surface === '叙州区')).toMatchObject({
      stage: 'accelerating',
      stageVerb: '加快建设',
    });
  });
});

describe('extract: where projects are and what lines join', () => {
  const projectRelations = (text: string): string[] =>
    extract(documentFor(text, YIBIN))
      .relations.filter((r) => r.type === 'LOCATED_IN' || r.type === 'CONNECTS')
      .map((r) => `${r.type} ${r.to.name} ${r.evidence[0]!.rule}`);
  const rows: Array<[string, string[]]> = [
    ['建成叙州区综合物流园。', ['LOCATED_IN 叙州区 located.name']],
    // A line lies at home; its ends are what it connects.
    [
      '加快推进宜宾至毕节高速公路建设。',
      ['LOCATED_IN 宜宾市 located.issuer', 'CONNECTS 宜宾市 connects.endpoints', 'CONNECTS 毕节市 connects.endpoints'],
    ],
    // The one county of the clause.
    ['支持江安加快建设新材料产业园。', ['LOCATED_IN 江安县 located.clause']],
    // A section lies where its name says; the compound names the line's ends.
    [
      '开工建设渝昆高铁宜宾段。',
      ['LOCATED_IN 宜宾市 located.name', 'CONNECTS 重庆市 connects.compound', 'CONNECTS 昆明市 connects.compound'],
    ],
  ];
  it.each(rows)('%s', (text, expected) => expect(projectRelations(text)).toEqual(expected));
});

describe('extract: a national report', () => {
  it('places projects where their names say, and a sector in one name stays with it', () => {
    const x = extract(documentFor('建成成都天府国际机场和江油抽水蓄能电站。', { code: '100000', name: '中国' }));
    const rows = x.relations.map((r) => `${r.type} ${r.from.name} ${r.to.name}`);
    expect(rows).toContain('LOCATED_IN 江油抽水蓄能电站 江油市');
    expect(rows.filter((r) => r.startsWith('IN_SECTOR') && r.includes('机场'))).toEqual([]);
  });
});

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
    ['巩固拓展与无锡、绍兴等地合作成果。', ['COOPERATES_WITH 宜宾市 无锡市 cooperates.with', 'COOPERATES_WITH 宜宾市 绍兴市 cooperates.with']],
    // A place that starts an organisation's name is no partner.
    ['推动市第一人民医院与重庆医科大学附属医院深化合作。', []],
    ['积极融入成渝地区双城经济圈建设。', ['PART_OF 宜宾市 成渝地区双城经济圈 part-of.join']],
    ['加快建设川南渝西(宜宾)科创中心。', expect.arrayContaining(['PART_OF 宜宾市 川南渝西 part-of.bracket']) as unknown as string[]],
    ['做好沱江流域江安段生态修复。', ['PART_OF 江安县 沱江流域 part-of.section']],
  ];
  it.each(rows)('%s', (text, expected) => expect(relationsOf(text)).toEqual(expected));

  it('joining a region the issuer is not a member of is cooperation', () => {
    expect(relationsOf('主动融入粤港澳大湾区建设。', { code: '360700', name: '赣州市' })).toEqual([
      'COOPERATES_WITH 粤港澳大湾区 赣州市 cooperates.join',
    ]);
  });

  it('gives every entity a deterministic id and keeps aliases', () => {
    const x = extract(documentFor('宜宾加快发展。宜泸协同发展。', YIBIN));
    const yibin = x.entities.find((e) => e.id === 'place:511500');
    expect(yibin).toMatchObject({ type: 'Place', name: '宜宾市', code: '511500', level: 'city' });
    expect(yibin?.aliases).toEqual(['宜宾', '宜']);
  });

  it('records the stage verb of each mention', () => {
    const x = extract(documentFor('加快建设叙州区综合物流园。', YIBIN));
    expect(x.mentions.find((m) => m.surface === '叙州区')).toMatchObject({ stage: 'accelerating', stageVerb: '加快建设' });
  });
});

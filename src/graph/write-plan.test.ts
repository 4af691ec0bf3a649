import { describe, expect, it } from 'vitest';
import type { Extraction } from '../model/index.js';
import { fixtureExtraction } from '../../test/integration/graph-fixtures.js';
import { LABEL_PROPS } from './plan-entities.js';
import { planWrite } from './write-plan.js';

const x = fixtureExtraction({ id: 'doc-1', path: '/r/yibin.txt' });
const plan = planWrite(x);
// A mention of an entity (an entity nothing mentions or joins is not written).
const mentionOf = (entityId: string, start = 0) => ({
  entityId,
  sentence: 0,
  start,
  end: start + 1,
  surface: '宜',
  rule: 't',
});

describe('planWrite', () => {
  it('groups entities by label, sorted by id, aliases without the name', () => {
    expect(plan.entities.map((g) => [g.label, g.rows.map((r) => r.id)])).toEqual([
      ['Place', ['place:510500', 'place:511500', 'place:511523', 'place:511523101']],
      ['Program', ['program:临港产业倍增计划']],
      [
        'Project',
        [
          'project:宜宾至泸州城际快线',
          'project:川南临港物流园',
          'project:江安县长江二桥',
          'project:红桥镇码头扩能工程',
        ],
      ],
      ['Sector', ['sector:logistics']],
    ]);
    expect(plan.entities[0]!.rows[1]).toEqual({
      id: 'place:511500',
      aliases: ['宜', '宜宾'],
      props: { name: '宜宾市', code: '511500', level: 'city' },
    });
  });

  it('gives each row exactly the properties the write statement of its label sets', () => {
    const rows = planWrite({
      ...x,
      entities: [
        ...x.entities,
        { type: 'Region', id: 'region:成渝地区', name: '成渝地区', aliases: [], rule: 't' },
        { type: 'Organization', id: 'organization:市商务局', name: '市商务局', kind: 'agency', aliases: [], rule: 't' },
      ],
      mentions: [...x.mentions, mentionOf('region:成渝地区', 1000), mentionOf('organization:市商务局', 1001)],
    }).entities;
    expect(rows.map((g) => g.label).sort()).toEqual([
      'Organization',
      'Place',
      'Program',
      'Project',
      'Region',
      'Sector',
    ]);
    for (const g of rows) for (const r of g.rows) expect(Object.keys(r.props)).toEqual(LABEL_PROPS[g.label]);
  });

  it('hangs every place on its GB/T chain, adding the ancestors nobody named', () => {
    expect(plan.adminPlaces).toEqual([{ id: 'place:510000', code: '510000', name: '四川省', level: 'province' }]);
    expect(plan.hierarchy.map((h) => `${h.child}>${h.parent}`)).toEqual([
      'place:510500>place:510000',
      'place:511500>place:510000',
      'place:511523>place:511500',
      'place:511523101>place:511523',
    ]);
  });

  it.each([
    ['COOPERATES_WITH', 'place:510500', 'place:511500'], // stored once, from the smaller id
    ['CONNECTS', 'project:宜宾至泸州城际快线', 'place:510500'],
    ['LOCATED_IN', 'project:红桥镇码头扩能工程', 'place:511523101'],
  ])('writes %s %s → %s with its sentence', (type, from, to) => {
    const row = plan.facts.find((g) => g.type === type)?.rows.find((r) => r.from === from && r.to === to);
    expect(row?.sentences).toHaveLength(1);
    // The evidence text is the sentence's own, which the Document row stores at that index.
    const ends = (a: string, b: string) => [a, b].sort().join('>');
    const ev = x.relations.find((r) => r.type === type && ends(r.from.id, r.to.id) === ends(from, to))!.evidence[0]!;
    expect(plan.document.sentences[row!.sentences[0]!]).toBe(ev.text);
  });

  it('skips Place PART_OF Place (the hierarchy says it) and dedupes repeated evidence', () => {
    const rel = x.relations[0]!;
    const twice: Extraction = {
      ...x,
      relations: [
        { ...rel, evidence: [...rel.evidence, ...rel.evidence] },
        {
          id: 'p',
          type: 'PART_OF',
          from: rel.to,
          to: { id: 'place:510000', type: 'Place', name: '四川省', code: '510000' },
          evidence: rel.evidence,
        },
      ],
    };
    const p = planWrite(twice);
    expect(p.facts.flatMap((g) => g.rows).map((r) => r.sentences)).toEqual([[1]]);
    expect(p.skipped).toEqual([{ relation: 'p', reason: 'Place PART_OF Place is the GB/T 2260 hierarchy' }]);
  });

  it('skips a relation neither of whose ends the document mentions (removal reaches facts through mentions)', () => {
    const rel = x.relations[0]!;
    const ends = new Set([rel.from.id, rel.to.id]);
    const p = planWrite({ ...x, relations: [rel], mentions: x.mentions.filter((m) => !ends.has(m.entityId)) });
    expect(p.facts).toEqual([]);
    expect(p.skipped).toEqual([{ relation: rel.id, reason: 'the document mentions neither end' }]);
    const one = planWrite({ ...x, relations: [rel], mentions: x.mentions.filter((m) => m.entityId !== rel.from.id) });
    expect(one.facts.flatMap((g) => g.rows)).toHaveLength(1);
  });

  it('adds an endpoint the entity list lacks, from its ref and the gazetteer', () => {
    const rel = x.relations[0]!;
    const p = planWrite({
      ...x,
      entities: [],
      relations: [{ ...rel, to: { id: 'place:500118', type: 'Place', name: '永川', code: '500118' } }],
    });
    expect(p.entities.find((g) => g.label === 'Place')?.rows).toEqual([
      { id: 'place:500118', aliases: [], props: { name: '永川区', code: '500118', level: 'county' } },
    ]);
    expect(p.hierarchy).toEqual([{ child: 'place:500118', parent: 'place:500000', source: 'GB/T 2260' }]);
  });

  it('never makes a place its own parent (东莞市 given as its own parentCode)', () => {
    const dongguan = {
      type: 'Place' as const,
      id: 'place:441900',
      name: '东莞市',
      code: '441900',
      level: 'county' as const,
      parentCode: '441900',
      aliases: [],
      rule: 'r',
    };
    const p = planWrite({ ...x, entities: [dongguan], relations: [], mentions: [mentionOf('place:441900')] });
    expect(p.hierarchy).toEqual([{ child: 'place:441900', parent: 'place:440000', source: 'GB/T 2260' }]);
  });

  it('writes mentions with their stage, in text order, and each sentence once on the document', () => {
    expect(plan.mentions.map((m) => [m.surface, m.stage])).toContainEqual(['江安县长江二桥', 'operating']);
    expect(plan.mentions.map((m) => m.start)).toEqual([...plan.mentions.map((m) => m.start)].sort((a, b) => a - b));
    expect(plan.document.sentences).toEqual(x.sentences.map((s) => s.text));
    for (const m of plan.mentions) expect(plan.document.sentences[m.sentence]).toContain(m.surface);
  });

  it('writes no entity that nothing mentions or joins, but keeps the named ancestors of those it writes', () => {
    const line = {
      type: 'Project' as const,
      id: 'project:宜泸城际',
      name: '宜泸城际',
      kind: 'railway' as const,
      aliases: [],
      rule: 't',
    };
    const p = planWrite({ ...x, entities: [...x.entities, line] });
    expect(p.entities.flatMap((g) => g.rows.map((r) => r.id))).not.toContain(line.id);
    // 宜宾市 is named, and 江安县's parent: kept even where only its county is mentioned.
    const county = planWrite({
      ...x,
      relations: [],
      mentions: x.mentions.filter((m) => m.entityId === 'place:511523'),
    });
    expect(county.entities.flatMap((g) => g.rows.map((r) => r.id))).toEqual(['place:511500', 'place:511523']);
    expect(county.adminPlaces.map((a) => a.id)).toEqual(['place:510000']);
  });

  it('is the same for the same extraction', () => {
    expect(planWrite(structuredClone(x))).toEqual(plan);
  });
});

import { describe, expect, it } from 'vitest';
import type { GovkgApi } from '../../src/api/index.js';
import { gql, useFixtureServer } from './api-helpers.js';

// Traversals over the fixture graph (遵义市, 毕节市, 昭通市 and around).
let api: GovkgApi;

useFixtureServer((_driver, a) => {
  api = a;
});

const names = (xs: { name: string }[]) => xs.map((x) => x.name).sort();

describe('traversals', () => {
  it('ranks partners by strength, with the sentences and the line that joins them', async () => {
    const r = await gql(
      api,
      `{ cooperation(place: "遵义市") { partner { name } strength via support { via through { name } evidence { text } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const [first, second] = r.data.cooperation;
    expect(first.partner.name).toBe('毕节市');
    // Two stating sentences (3 each) and one highway joining both (2).
    expect(first.strength).toBe(8);
    expect(first.via).toEqual(['STATED', 'CONNECTED_BY']);
    expect(first.support[1]).toEqual({
      via: 'CONNECTED_BY',
      through: { name: '遵毕高速公路扩能工程' },
      evidence: [{ text: '深入推进遵毕协同发展,加快建设遵毕高速公路扩能工程。' }],
    });
    expect(second).toMatchObject({ partner: { name: '昭通市' }, strength: 3, via: ['STATED'] });
  });

  it('keeps only the kinds of support asked for', async () => {
    const r = await gql(
      api,
      `{ cooperation(place: "赤水市", via: [SHARED_PROGRAM]) { partner { name } via support { through { name } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.cooperation).toEqual([
      {
        partner: { name: '毕节市' },
        via: ['SHARED_PROGRAM'],
        support: [{ through: { name: '赤水河流域综合治理工程' } }],
      },
    ]);
  });

  it('says what joins two places', async () => {
    const r = await gql(
      api,
      `{ between(a: "遵义市", b: "毕节市") { strength projects { name } stated { text document { id } } }
         other: between(a: "赤水市", b: "毕节市") { programs { name } sectors { name } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.between.projects).toEqual([{ name: '遵毕高速公路扩能工程' }]);
    expect(r.data.between.stated.map((e: { document: { id: string } }) => e.document.id)).toEqual([
      'fixture:zunyi-2024',
      'fixture:bijie-2024',
    ]);
    expect(r.data.other).toEqual({ programs: [{ name: '赤水河流域综合治理工程' }], sectors: [{ name: '现代物流' }] });
  });

  it('draws a cooperation network inside an area, each pair once', async () => {
    const r = await gql(
      api,
      `{ cooperationNetwork(within: "贵州省", minStrength: 0.5) { nodes { name } edges { a { name } b { name } strength } } }`,
    );
    expect(r.errors).toBeUndefined();
    const edges = r.data.cooperationNetwork.edges.map(
      (e: { a: { name: string }; b: { name: string }; strength: number }) => [
        [e.a.name, e.b.name].sort().join('-'),
        e.strength,
      ],
    );
    expect(edges).toContainEqual(['毕节市-遵义市', 8]);
    expect(edges).toContainEqual(['毕节市-赤水市', 0.5]);
    // 昭通市 is in 云南省, outside the area.
    expect(names(r.data.cooperationNetwork.nodes)).not.toContain('昭通市');
  });

  it('finds a shortest chain of facts, and none within too few hops', async () => {
    const r = await gql(
      api,
      `{ p: shortestPath(from: "贵阳市", to: "place:520382117", maxHops: 6) { length nodes { name } edges { type source } }
         q: shortestPath(from: "贵阳市", to: "茅台镇", maxHops: 2) { length } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.p.length).toBe(4);
    expect(r.data.p.nodes.map((n: { name: string }) => n.name)).toEqual([
      '贵阳市',
      '贵州省',
      '遵义市',
      '仁怀市',
      '茅台镇',
    ]);
    expect(r.data.p.edges[0]).toEqual({ type: 'PART_OF', source: 'GB/T 2260' });
    expect(r.data.q).toBeNull();
  });

  it('walks neighbours level by level, by relationship type', async () => {
    const r = await gql(
      api,
      `{ one: neighbors(id: "place:520382", relationTypes: [LOCATED_IN]) { truncated nodes { name } edges { type from { name } to { name } evidence { sentence } } }
         two: neighbors(id: "仁怀市", depth: 2, relationTypes: [LOCATED_IN, IN_SECTOR]) { nodes { name } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.one.truncated).toBe(false);
    expect(names(r.data.one.nodes)).toEqual(['仁怀市', '仁怀市智能终端产业园', '宁德时代遵义基地'].sort());
    expect(r.data.one.edges).toContainEqual({
      type: 'LOCATED_IN',
      from: { name: '宁德时代遵义基地' },
      to: { name: '仁怀市' },
      evidence: [{ sentence: 5 }],
    });
    expect(names(r.data.two.nodes)).toEqual(
      ['仁怀市', '仁怀市智能终端产业园', '宁德时代遵义基地', '电子信息', '新能源'].sort(),
    );
  });

  it('lists projects with filters, sorting and cursor pages', async () => {
    const q = `query($after: String) { projects(where: { withinPlace: "遵义市" }, orderBy: { field: NAME, direction: DESC }, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { name } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r = await gql(api, q, { after });
      expect(r.errors).toBeUndefined();
      expect(r.data.projects.totalCount).toBe(5);
      seen.push(...r.data.projects.nodes.map((n: { name: string }) => n.name));
      if (!r.data.projects.pageInfo.hasNextPage) break;
      after = r.data.projects.pageInfo.endCursor;
    }
    expect(seen).toEqual(
      ['赤水港多式联运枢纽', '仁怀市智能终端产业园', '宁德时代遵义基地', '遵毕高速公路扩能工程', '茅台镇污水处理厂']
        .sort()
        .reverse(),
    );
    const f = await gql(
      api,
      `{ a: projects(where: { sector: "现代物流", withinPlace: "贵州省" }) { nodes { name } } b: projects(where: { stage: starting, year: 2024, withinPlace: "贵州省" }) { nodes { name } }
         c: projects(where: { program: "赤水河流域综合治理工程", place: "毕节" }) { nodes { name } } d: places(where: { within: "遵义市" }, orderBy: { field: PROJECT_COUNT, direction: DESC }) { nodes { name projectCount } } }`,
    );
    expect(f.errors).toBeUndefined();
    expect(names(f.data.a.nodes)).toEqual(['赤水港多式联运枢纽', '毕节综合物流枢纽'].sort());
    expect(f.data.b.nodes).toEqual([{ name: '茅台镇污水处理厂' }]);
    expect(f.data.c.nodes).toEqual([{ name: '毕节综合物流枢纽' }]);
    expect(f.data.d.nodes[0]).toEqual({ name: '仁怀市', projectCount: 2 });
  });
});

import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GovkgApi } from '../../src/api/index.js';
import { cleanFixture, config, createServer, gql, loadFixture, openDriver } from './api-helpers.js';

// Traversals over the fixture graph (宜宾市, 泸州市, 永川区 and around).
let driver: Driver;
let api: GovkgApi;

beforeAll(async () => {
  driver = openDriver();
  await cleanFixture(driver);
  await loadFixture(driver);
  api = createServer(config);
});

afterAll(async () => {
  await api?.close();
  await cleanFixture(driver);
  await driver.close();
});

const names = (xs: { name: string }[]) => xs.map((x) => x.name).sort();

describe('traversals', () => {
  it('ranks partners by strength, with the sentences and the line that joins them', async () => {
    const r = await gql(
      api,
      `{ cooperation(place: "宜宾市") { partner { name } strength via support { via through { name } evidence { text } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const [first, second] = r.data.cooperation;
    expect(first.partner.name).toBe('泸州市');
    // Two stating sentences (3 each) and one highway joining both (2).
    expect(first.strength).toBe(8);
    expect(first.via).toEqual(['STATED', 'CONNECTED_BY']);
    expect(first.support[1]).toEqual({
      via: 'CONNECTED_BY',
      through: { name: '宜泸沿江高速公路扩能工程' },
      evidence: [{ text: '深入推进宜泸同城化发展,加快建设宜泸沿江高速公路扩能工程。' }],
    });
    expect(second).toMatchObject({ partner: { name: '永川区' }, strength: 3, via: ['STATED'] });
  });

  it('keeps only the kinds of support asked for', async () => {
    const r = await gql(
      api,
      `{ cooperation(place: "南溪区", via: [SHARED_PROGRAM]) { partner { name } via support { through { name } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.cooperation).toEqual([
      {
        partner: { name: '泸州市' },
        via: ['SHARED_PROGRAM'],
        support: [{ through: { name: '长江黄金水道提升工程' } }],
      },
    ]);
  });

  it('says what joins two places', async () => {
    const r = await gql(
      api,
      `{ between(a: "宜宾市", b: "泸州市") { strength projects { name } stated { text document { id } } }
         other: between(a: "南溪区", b: "泸州市") { programs { name } sectors { name } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.between.projects).toEqual([{ name: '宜泸沿江高速公路扩能工程' }]);
    expect(r.data.between.stated.map((e: { document: { id: string } }) => e.document.id)).toEqual([
      'fixture:yibin-2024',
      'fixture:luzhou-2024',
    ]);
    expect(r.data.other).toEqual({ programs: [{ name: '长江黄金水道提升工程' }], sectors: [{ name: '现代物流' }] });
  });

  it('draws a cooperation network inside an area, each pair once', async () => {
    const r = await gql(
      api,
      `{ cooperationNetwork(within: "四川省", minStrength: 0.5) { nodes { name } edges { a { name } b { name } strength } } }`,
    );
    expect(r.errors).toBeUndefined();
    const edges = r.data.cooperationNetwork.edges.map(
      (e: { a: { name: string }; b: { name: string }; strength: number }) => [
        [e.a.name, e.b.name].sort().join('-'),
        e.strength,
      ],
    );
    expect(edges).toContainEqual(['宜宾市-泸州市', 8]);
    expect(edges).toContainEqual(['南溪区-泸州市', 0.5]);
    // 永川区 is in 重庆市, outside the area.
    expect(names(r.data.cooperationNetwork.nodes)).not.toContain('永川区');
  });

  it('finds a shortest chain of facts, and none within too few hops', async () => {
    const r = await gql(
      api,
      `{ p: shortestPath(from: "自贡市", to: "place:511504001", maxHops: 6) { length nodes { name } edges { type source } }
         q: shortestPath(from: "自贡市", to: "柏溪街道", maxHops: 2) { length } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.p.length).toBe(4);
    expect(r.data.p.nodes.map((n: { name: string }) => n.name)).toEqual([
      '自贡市',
      '四川省',
      '宜宾市',
      '叙州区',
      '柏溪街道',
    ]);
    expect(r.data.p.edges[0]).toEqual({ type: 'PART_OF', source: 'GB/T 2260' });
    expect(r.data.q).toBeNull();
  });

  it('walks neighbours level by level, by relationship type', async () => {
    const r = await gql(
      api,
      `{ one: neighbors(id: "place:511504", relationTypes: [LOCATED_IN]) { truncated nodes { name } edges { type from { name } to { name } evidence { sentence } } }
         two: neighbors(id: "叙州区", depth: 2, relationTypes: [LOCATED_IN, IN_SECTOR]) { nodes { name } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.one.truncated).toBe(false);
    expect(names(r.data.one.nodes)).toEqual(['叙州区', '叙州区智能终端产业园', '宁德时代宜宾基地'].sort());
    expect(r.data.one.edges).toContainEqual({
      type: 'LOCATED_IN',
      from: { name: '宁德时代宜宾基地' },
      to: { name: '叙州区' },
      evidence: [{ sentence: 5 }],
    });
    expect(names(r.data.two.nodes)).toEqual(
      ['叙州区', '叙州区智能终端产业园', '宁德时代宜宾基地', '电子信息', '新能源'].sort(),
    );
  });

  it('lists projects with filters, sorting and cursor pages', async () => {
    const q = `query($after: String) { projects(where: { withinPlace: "宜宾市" }, orderBy: { field: NAME, direction: DESC }, first: 2, after: $after) {
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
      [
        '南溪港区多式联运枢纽',
        '叙州区智能终端产业园',
        '宁德时代宜宾基地',
        '宜泸沿江高速公路扩能工程',
        '柏溪街道污水处理厂',
      ]
        .sort()
        .reverse(),
    );
    const f = await gql(
      api,
      `{ a: projects(where: { sector: "现代物流" }) { nodes { name } } b: projects(where: { stage: starting, year: 2024 }) { nodes { name } }
         c: projects(where: { program: "长江黄金水道提升工程", place: "泸州" }) { nodes { name } } d: places(where: { within: "宜宾市" }, orderBy: { field: PROJECT_COUNT, direction: DESC }) { nodes { name projectCount } } }`,
    );
    expect(f.errors).toBeUndefined();
    expect(names(f.data.a.nodes)).toEqual(['南溪港区多式联运枢纽', '泸州港多式联运中心'].sort());
    expect(f.data.b.nodes).toEqual([{ name: '柏溪街道污水处理厂' }]);
    expect(f.data.c.nodes).toEqual([{ name: '泸州港多式联运中心' }]);
    expect(f.data.d.nodes[0]).toEqual({ name: '叙州区', projectCount: 2 });
  });
});

import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countingReader, neo4jReader, type GovkgApi } from '../../src/api/index.js';
import { cleanFixture, config, createServer, gql, loadFixture, openDriver } from './api-helpers.js';

// No N+1: a nested query costs one round trip per field level, whatever the number of items.
let driver: Driver;
let api: GovkgApi;
const reader = countingReader(
  neo4jReader({
    uri: config.neo4jUri,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    timeoutMs: 5000,
  }),
);

beforeAll(async () => {
  driver = openDriver();
  await cleanFixture(driver);
  await loadFixture(driver);
  api = createServer(config, { reader });
});

afterAll(async () => {
  await reader.close();
  await cleanFixture(driver);
  await driver.close();
});

// Scoped to the fixture's province: other graphs in the database (the seeds) must not change the count.
const NESTED = `query($first: Int) { projects(where: { withinPlace: "贵州省" }, first: $first) { nodes {
  name
  locatedIn { place { name parent { name } } evidence { text document { title } } }
  connects { place { name } }
  sectors { sector { name } }
  programs { program { name } }
  participants { organization { name } }
  mentions { text document { title } }
} } }`;

describe('round trips', () => {
  it('are bounded by the field levels, not the number of items', async () => {
    const counts: Record<number, number> = {};
    for (const first of [1, 6]) {
      reader.count = 0;
      const r = await gql(api, NESTED, { first });
      expect(r.errors).toBeUndefined();
      expect(r.data.projects.nodes.length).toBe(first);
      counts[first] = reader.count;
    }
    // list; locatedIn (with each place's parent, looked ahead), connects, sectors, programs,
    // participants, mentions; evidence documents; and one to resolve the withinPlace filter.
    expect(counts[6]).toBe(9);
    expect(counts[1]).toBe(9);
  });

  it('fetch two levels in one round trip when a query nests link fields (look-ahead)', async () => {
    const q = `{ place(name: "遵义市") { projects(includeSubPlaces: true) { project { name sectors { sector { name parent { name } } } programs { program { name } } } } } }`;
    reader.count = 0;
    const r = await gql(api, q);
    expect(r.errors).toBeUndefined();
    // The place with its projects and their sectors and programmes; the sectors' parents.
    expect(reader.count).toBe(2);
    const base = r.data.place.projects.find(
      (l: { project: { name: string } }) => l.project.name === '宁德时代遵义基地',
    );
    expect(base.project.sectors).toEqual([{ sector: { name: '新能源', parent: { name: '战略性新兴产业' } } }]);
    // The same answers as without look-ahead: one field at a time.
    const one = await gql(
      api,
      '{ entity(id: "project:宁德时代遵义基地") { ... on Project { sectors { sector { name parent { name } } } programs { program { name } } } } }',
    );
    expect(one.data.entity).toEqual({ sectors: base.project.sectors, programs: base.project.programs });
  });

  it('batches one field across a thousand-item-like fan-out: places and their counts', async () => {
    reader.count = 0;
    const r = await gql(
      api,
      '{ places(first: 100) { nodes { name projectCount partnerCount parent { name } regions { region { name } } } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.places.nodes.length).toBeGreaterThanOrEqual(9);
    expect(reader.count).toBe(5);
  });

  it('fetch a place, its projects and their sectors in one round trip', async () => {
    reader.count = 0;
    const r = await gql(
      api,
      '{ place(name: "遵义市") { name projects(first: 100, includeSubPlaces: true) { project { name sectors { sector { name } } } } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.place.projects.length).toBe(5);
    expect(reader.count).toBe(1);
  });

  it('carry evidence through look-ahead when the query asks for it, and only then', async () => {
    reader.count = 0;
    const r = await gql(
      api,
      `{ place(name: "遵义市") { projects(includeSubPlaces: true) { evidence { text } project { name sectors { evidence { text } sector { name } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(reader.count).toBe(1);
    const base = r.data.place.projects.find(
      (l: { project: { name: string } }) => l.project.name === '宁德时代遵义基地',
    );
    expect(base.evidence).toEqual([{ text: '支持宁德时代遵义基地扩能,推动动力电池产业发展。' }]);
    expect(base.project.sectors).toEqual([
      { evidence: [{ text: '支持宁德时代遵义基地扩能,推动动力电池产业发展。' }], sector: { name: '新能源' } },
    ]);
  });
});

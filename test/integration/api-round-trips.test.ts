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

const NESTED = `query($first: Int) { projects(first: $first) { nodes {
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
    // list, locatedIn, parent, evidence documents, connects, sectors, programs, participants, mentions
    expect(counts[6]).toBeLessThanOrEqual(9);
    expect(counts[6]).toBe(counts[1]);
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
});

import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

// The real server started by `govkg neo4j start` (or NEO4J_URI): writes, reads back, removes what it wrote.
const config = loadConfig();
const tag = `roundtrip-${process.pid}-${Date.now()}`;
let driver: Driver;

beforeAll(async () => {
  driver = neo4j.driver(config.neo4jUri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD));
  await driver.verifyConnectivity();
});

afterAll(async () => {
  await driver.executeQuery(
    'MATCH (n:RoundTrip {tag: $tag}) DETACH DELETE n',
    { tag },
    { database: config.NEO4J_DATABASE },
  );
  const { records } = await driver.executeQuery('MATCH (n:RoundTrip {tag: $tag}) RETURN count(n) AS c', { tag });
  expect(records[0]?.get('c').toNumber()).toBe(0);
  await driver.close();
});

describe('a real Neo4j', () => {
  it('stores Chinese text and relationships and reads them back', async () => {
    await driver.executeQuery(
      `CREATE (a:RoundTrip {tag: $tag, name: $a})-[:CONNECTS {sentence: $s}]->(b:RoundTrip {tag: $tag, name: $b})`,
      { tag, a: '成兰铁路', b: '绵阳市', s: '加快成兰铁路建设。' },
      { database: config.NEO4J_DATABASE },
    );
    const { records } = await driver.executeQuery(
      'MATCH (a:RoundTrip {tag: $tag})-[r:CONNECTS]->(b) RETURN a.name AS a, b.name AS b, r.sentence AS s',
      { tag },
      { database: config.NEO4J_DATABASE, routing: 'READ' },
    );
    expect(records.map((r) => [r.get('a'), r.get('b'), r.get('s')])).toEqual([
      ['成兰铁路', '绵阳市', '加快成兰铁路建设。'],
    ]);
  });

  it('has APOC Core loaded', async () => {
    const { records } = await driver.executeQuery('RETURN apoc.version() AS v');
    expect(records[0]?.get('v')).toMatch(/^5\.26\./);
  });
});

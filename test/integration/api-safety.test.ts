import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { LIMITS, neo4jReader, startServer, type GovkgApi } from '../../src/api/index.js';
import { isGovkgError } from '../../src/errors.js';
import { config, createServer, gql, useFixtureServer } from './api-helpers.js';

// Hostile queries get clear GraphQL errors, and the server stays healthy after each.
let driver: Driver;
let api: GovkgApi;

useFixtureServer((d, a) => {
  driver = d;
  api = a;
});

const healthy = async (a: GovkgApi = api) => (await a.yoga.fetch('http://test/health')).status;
const fixtureCount = async () =>
  (await driver.executeQuery("MATCH (n) WHERE n.fixture = 'api' RETURN count(n) AS c")).records[0]?.get('c');

describe('hostile queries', () => {
  const nested = (depth: number) =>
    `{ place(name: "遵义市") ${'{ parent '.repeat(depth)}{ name }${' }'.repeat(depth)} }`;
  const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: place(name: "遵义市") { name }`).join(' ');

  it.each([
    ['depth 30', nested(30), /depth/i],
    ['a thousand aliases', `{ ${aliases} }`, /alias|token/i],
    ['first: 1000000000', '{ projects(first: 1000000000) { totalCount } }', /first must be between 1 and 100/],
    [
      'hops 100',
      '{ shortestPath(from: "贵阳市", to: "遵义市", maxHops: 100) { length } }',
      /maxHops must be between 1 and 6/,
    ],
    ['neighbors depth 10', '{ neighbors(id: "遵义市", depth: 10) { truncated } }', /depth must be between 1 and 3/],
    ['a forged cursor', '{ places(after: "Zm9yZ2Vk") { totalCount } }', /after is not a cursor/],
    [
      'a name of 10 000 characters',
      `{ place(name: "${'川'.repeat(10_000)}") { name } }`,
      /at most 200 characters|token/i,
    ],
  ])('%s: a clear error, then healthy', async (_name, query, message) => {
    const r = await gql(api, query);
    expect(r.data?.place ?? r.data?.projects ?? r.data?.shortestPath ?? null).toBeNull();
    expect(r.errors?.map((e) => e.message).join('\n')).toMatch(message);
    expect(await healthy()).toBe(200);
  });

  it('refuses a body over the size limit, with or without a Content-Length, then healthy', async () => {
    const big = JSON.stringify({
      query: '{ places { totalCount } }',
      variables: { pad: 'x'.repeat(LIMITS.maxRequestBytes) },
    });
    // Over HTTP the header says the size: refused before the body is read.
    const s = await startServer({ ...config, PORT: 0, HOST: '127.0.0.1' });
    try {
      const r = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
      expect(r.status).toBe(413);
      expect(JSON.stringify(await r.json())).toMatch(/larger than 1000000 bytes/);
    } finally {
      await s.stop();
    }
    // A stream without a length is counted as it arrives.
    const stream = new Blob([big]).stream();
    const r = await api.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    // Yoga's JSON parser reports the counter's error inside its own (400, as with Yoga's limit).
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/larger than 1000000 bytes/);
    expect(await healthy()).toBe(200);
  });

  it('reads Cypher fragments in arguments as plain text', async () => {
    const before = await fixtureCount();
    const r = await gql(
      api,
      `{ a: place(name: "遵义市\\") DETACH DELETE p //") { name }
         b: search(text: "仁怀\\" OR name:* } MATCH (n) DETACH DELETE n //") { entity { id } }
         c: projects(where: { nameContains: "' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //" }) { totalCount }
         d: entity(id: "x}) MATCH (n) DETACH DELETE n RETURN n //") { id } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ a: null, b: [], c: { totalCount: 0 }, d: null });
    expect(await fixtureCount()).toEqual(before);
    expect(await healthy()).toBe(200);
  });

  it('answers NOT_FOUND for a place filter that names nothing', async () => {
    const r = await gql(api, '{ projects(where: { withinPlace: "不存在市" }) { totalCount } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the reader', () => {
  const reader = (timeoutMs: number) =>
    neo4jReader({
      uri: config.neo4jUri,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      timeoutMs,
    });

  it('runs read transactions only: a write is refused', async () => {
    const r = reader(5000);
    const e = await r.read('CREATE (:ApiWriteProbe {at: 1})', {}).catch((x: unknown) => x);
    await r.close();
    expect(isGovkgError(e) && e.code).toBe('NEO4J_ERROR');
    expect((await driver.executeQuery('MATCH (n:ApiWriteProbe) RETURN count(n) AS c')).records[0]?.get('c')).toBe(0);
  });

  it('stops a query at the transaction timeout', async () => {
    const r = reader(200);
    const e = await r
      .read('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS c', {})
      .catch((x: unknown) => x);
    await r.close();
    expect(isGovkgError(e) && e.code).toBe('QUERY_TIMEOUT');
  });
});

describe('configuration and masking', () => {
  it('masks driver errors and says 503 on /health when Neo4j is gone', async () => {
    const dead = createServer({ ...config, neo4jUri: 'bolt://127.0.0.1:1' });
    const r = await gql(dead, '{ place(name: "遵义市") { name } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(r.errors)).not.toMatch(/ECONNREFUSED|Neo4jError|bolt:|stack/i);
    expect(await healthy(dead)).toBe(503);
    await dead.close();
  });

  it('turns introspection and GraphiQL off, and CORS on, from the configuration', async () => {
    const closed = createServer({ ...config, GOVKG_INTROSPECTION: false, GOVKG_CORS_ORIGINS: 'https://map.example' });
    const r = await gql(closed, '{ __schema { types { name } } }');
    expect(r.errors?.[0]?.message).toMatch(/introspection/i);
    const page = await closed.yoga.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    const pre = await closed.yoga.fetch('http://test/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://map.example', 'access-control-request-method': 'POST' },
    });
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://map.example');
    await closed.close();

    const open = await api.yoga.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(await open.text()).toMatch(/Who does 绵阳市 work with/);
    const r2 = await gql(api, '{ __schema { queryType { name } } }');
    expect(r2.data.__schema.queryType.name).toBe('Query');
  });
});

import { afterAll, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { createServer, type GovkgApi } from '../../src/api/index.js';
import { splitStatements } from '../../src/graph/index.js';

/** The configuration the API tests run with (GOVKG_NEO4J_BOLT_PORT chooses the server). */
export const config = loadConfig();

/** A driver for setting up and cleaning (the API itself only reads). */
export const openDriver = (): Driver =>
  neo4j.driver(config.neo4jUri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    disableLosslessIntegers: true,
  });

/** Writes test/fixtures/api-graph.cypher (statements end with a line holding only ";"). */
export async function loadFixture(driver: Driver): Promise<void> {
  const statements = splitStatements(readFileSync(new URL('../fixtures/api-graph.cypher', import.meta.url), 'utf8'));
  for (const s of statements) await driver.executeQuery(s, {}, { database: config.NEO4J_DATABASE });
  await driver.executeQuery('CALL db.awaitIndexes(120)', {}, { database: config.NEO4J_DATABASE });
  // The full-text index may be eventually consistent (cypher/schema.cypher): wait until it has the fixture.
  await driver.executeQuery(
    'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
    {},
    {
      database: config.NEO4J_DATABASE,
    },
  );
}

/** Removes exactly what the fixture created (everything marked fixture: 'api'). */
export async function cleanFixture(driver: Driver): Promise<void> {
  await driver.executeQuery(
    "MATCH ()-[r]->() WHERE r.fixture = 'api' DELETE r",
    {},
    { database: config.NEO4J_DATABASE },
  );
  await driver.executeQuery(
    "MATCH (n) WHERE n.fixture = 'api' DETACH DELETE n",
    {},
    { database: config.NEO4J_DATABASE },
  );
}

/** A GraphQL answer as the client sees it. */
export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Posts a query through `yoga.fetch`, in process. */
export async function gql(api: GovkgApi, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const res = await api.yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

export { createServer };

/**
 * Loads the fixture graph before a test file and removes it after, with one API server over it;
 * hands the driver and the server to the file through `use`.
 */
export function useFixtureServer(use: (driver: Driver, api: GovkgApi) => void): void {
  let driver: Driver | undefined;
  let api: GovkgApi | undefined;
  beforeAll(async () => {
    driver = openDriver();
    await cleanFixture(driver);
    await loadFixture(driver);
    api = createServer(config);
    use(driver, api);
  });
  afterAll(async () => {
    await api?.close();
    if (driver) {
      await cleanFixture(driver);
      await driver.close();
    }
  });
}

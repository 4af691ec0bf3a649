import neo4j, { type Driver, type Neo4jError } from 'neo4j-driver';
import { GovkgError } from '../errors.js';
import { log } from '../log.js';

/** A row of a query result, as a plain object (integers as JS numbers). */
export type Row = Record<string, unknown>;

/** Runs one parameterised read query; the only way the API reaches Neo4j. */
export interface CypherReader {
  read(cypher: string, params: Record<string, unknown>): Promise<Row[]>;
  /** True when Neo4j answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** What the reader needs from the configuration. */
export interface ReaderOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Transaction timeout for every query, milliseconds. */
  timeoutMs: number;
}

/**
 * JS numbers reach Cypher as floats, which LIMIT, SKIP and list slices refuse: whole numbers
 * in parameters (and in lists) go as Neo4j integers.
 */
export function toCypherParams(params: Record<string, unknown>): Record<string, unknown> {
  const conv = (v: unknown): unknown =>
    typeof v === 'number' && Number.isSafeInteger(v)
      ? neo4j.int(v)
      : Array.isArray(v)
        ? v.map(conv)
        : v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, conv(x)]))
          : v;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, conv(v)]));
}

// Codes that mean "the server is not there" rather than "the query is wrong".
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Maps a driver error to the project's error once; the API masks anything else. */
export function translateDriverError(e: unknown, timeoutMs: number): GovkgError {
  // By shape, not instanceof: the driver may be loaded twice (ESM and CommonJS).
  const code = e instanceof Error && typeof (e as Neo4jError).code === 'string' ? (e as Neo4jError).code : '';
  if (code) {
    if (code.includes('TransactionTimedOut'))
      return new GovkgError('QUERY_TIMEOUT', `the query took longer than ${timeoutMs} ms and was stopped`, {
        cause: e,
      });
    if (UNAVAILABLE.has(code))
      return new GovkgError('NEO4J_UNAVAILABLE', 'the graph database is not reachable', { cause: e });
  }
  return new GovkgError('NEO4J_ERROR', 'the graph database could not answer this query', { cause: e });
}

/**
 * Starts a query without the stack trace the driver captures and formats for every query (so
 * that a failed query's error shows the caller's stack): under tsx, whose source maps every frame
 * is mapped through, that took about a tenth of a query's Node CPU. The driver builds its result
 * synchronously in `run`, so the limit is back before anything else runs; a driver error then
 * has no stack of its own, and is translated into a GovkgError here anyway (with it as cause).
 */
function runWithoutStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * A reader over a neo4j-driver: every query runs in a session in READ access mode (the server
 * refuses writes in it) as an auto-commit transaction with the configured timeout. Auto-commit
 * sends RUN and PULL together, one network round trip, where a managed transaction adds BEGIN
 * and COMMIT; a read has nothing to retry that the client should wait for.
 */
export function neo4jReader(o: ReaderOptions, driver?: Driver): CypherReader {
  const d =
    driver ??
    neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 10_000,
    });
  const run = async (cypher: string, params: Record<string, unknown>): Promise<Row[]> => {
    // Only when debugging: the first line is cut from the whole query on every call.
    if (log.level === 'debug') log.debug('cypher', cypher.trim().split('\n')[0] ?? '', params);
    try {
      const session = d.session({ database: o.database, defaultAccessMode: neo4j.session.READ });
      try {
        const { records } = await runWithoutStack(() =>
          session.run(cypher, toCypherParams(params), { timeout: o.timeoutMs }),
        );
        return records.map((r) => r.toObject());
      } finally {
        await session.close();
      }
    } catch (e) {
      throw translateDriverError(e, o.timeoutMs);
    }
  };
  return {
    read: run,
    async ping() {
      try {
        await run('RETURN 1 AS ok', {});
        return true;
      } catch {
        return false;
      }
    },
    close: () => d.close(),
  };
}

/** Wraps a reader to count its round trips (tests assert the bound of a nested query). */
export function countingReader(inner: CypherReader): CypherReader & { count: number; queries: string[] } {
  const c = {
    count: 0,
    queries: [] as string[],
    read(cypher: string, params: Record<string, unknown>) {
      c.count += 1;
      c.queries.push(cypher);
      return inner.read(cypher, params);
    },
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
  return c;
}

import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type QueryStatistics } from 'neo4j-driver';
import type { Config } from '../config.js';
import { log } from '../log.js';
import { toGovkgError } from './driver-errors.js';
import type { Statement } from './statement.js';

/** What a write changed, summed from the driver's counters. */
export interface Counts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
}

/** Counts of nothing changed, to add to. */
export const zeroCounts = (): Counts => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
  labelsAdded: 0,
});

/** Adds `b` into `a` (in place) and returns `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  for (const k of Object.keys(a) as (keyof Counts)[]) a[k] += b[k];
  return a;
}

const fromStats = (s: QueryStatistics): Counts => {
  const u = s.updates();
  return {
    nodesCreated: u.nodesCreated,
    nodesDeleted: u.nodesDeleted,
    relationshipsCreated: u.relationshipsCreated,
    relationshipsDeleted: u.relationshipsDeleted,
    propertiesSet: u.propertiesSet,
    labelsAdded: u.labelsAdded,
  };
};

/** A transaction as the graph code sees it: runs statements, returns plain rows and counts. */
export interface Tx {
  run<R = Record<string, unknown>>(s: Statement): Promise<{ rows: R[]; counts: Counts }>;
  /**
   * Sends statements back to back without waiting for each answer (Bolt pipelining); the server
   * still runs them in order. Returns the summed counts.
   */
  runMany(statements: Statement[]): Promise<Counts>;
}

/**
 * JavaScript numbers travel to Neo4j as floats; the graph stores sentence indexes, offsets, years
 * and counts as integers, so whole numbers in parameters go as Neo4j integers.
 */
export function toNeo4jParams(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(toNeo4jParams);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toNeo4jParams(x)]));
  return v;
}

const wrap = (tx: ManagedTransaction): Tx => ({
  async run<R>(s: Statement) {
    log.debug('cypher', s.cypher, s.params);
    const r = await tx.run(s.cypher, toNeo4jParams(s.params) as Record<string, unknown>);
    return { rows: r.records.map((x) => x.toObject() as R), counts: fromStats(r.summary.counters) };
  },
  async runMany(statements: Statement[]) {
    const pending = statements.map((s) => {
      log.debug('cypher', s.cypher, s.params);
      return tx.run(s.cypher, toNeo4jParams(s.params) as Record<string, unknown>).summary();
    });
    const counts = zeroCounts();
    for (const summary of await Promise.all(pending)) addCounts(counts, fromStats(summary.counters));
    return counts;
  },
});

/**
 * The one owner of the Neo4j driver and its sessions. Work runs in managed transactions, so the
 * driver retries transient errors (deadlocks, leader switches, dropped connections) by itself;
 * every other driver error leaves here as a GovkgError.
 */
export class GraphStore {
  private constructor(
    private readonly driver: Driver,
    private readonly database: string,
    readonly uri: string,
  ) {}

  /** Opens the driver and checks the server answers: unreachable fails here, before any work. */
  static async connect(config: Config): Promise<GraphStore> {
    const driver = neo4j.driver(config.neo4jUri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
      disableLosslessIntegers: true,
      connectionTimeout: 5000,
      maxTransactionRetryTime: 30_000,
    });
    const store = new GraphStore(driver, config.NEO4J_DATABASE, config.neo4jUri);
    try {
      await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
    } catch (e) {
      await driver.close();
      throw toGovkgError(e, config.neo4jUri);
    }
    return store;
  }

  /** Runs `work` in one read transaction (retried on transient errors). */
  executeRead<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.inSession('READ', work);
  }

  /** Runs `work` in one write transaction: all of it lands, or none of it. */
  executeWrite<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.inSession('WRITE', work);
  }

  /** Runs one statement outside a transaction function (schema commands need their own transaction). */
  async runAutoCommit(s: Statement): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      log.debug('cypher', s.cypher, s.params);
      await session.run(s.cypher, toNeo4jParams(s.params) as Record<string, unknown>);
    } catch (e) {
      throw toGovkgError(e, this.uri);
    } finally {
      await session.close();
    }
  }

  /** Closes the driver and its connections. */
  async close(): Promise<void> {
    await this.driver.close();
  }

  private async inSession<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      return mode === 'READ'
        ? await session.executeRead((tx) => work(wrap(tx)))
        : await session.executeWrite((tx) => work(wrap(tx)));
    } catch (e) {
      // Our own errors (a bad document, a bug) pass through; the driver's are translated.
      throw e instanceof Neo4jError ? toGovkgError(e, this.uri) : e;
    } finally {
      await session.close();
    }
  }
}

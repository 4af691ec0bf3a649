/**
 * `PROFILE` of each statement that writes one document, run on the graph the other benchmark
 * documents make (so MERGEs meet existing nodes and facts, as in a corpus ingest) and rolled back:
 * the operators, their rows and db hits, and the Eager operators, for reading where time goes.
 */
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import {
  deleteDocument,
  planWrite,
  toNeo4jParams,
  writeExtraction,
  writeStatements,
  type GraphStore,
} from '../src/graph/index.js';
import type { Extraction } from '../src/model/index.js';

interface Plan {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: Plan[];
}

const lines = (p: Plan, depth = 1): string[] => [
  `${'  '.repeat(depth)}${p.operatorType.replace(/@neo4j$/, '')} rows=${p.rows} dbHits=${p.dbHits}` +
    ` ${String(p.arguments.Details ?? '')
      .replace(/\s+/g, ' ')
      .slice(0, 120)}`,
  ...p.children.flatMap((c) => lines(c, depth + 1)),
];
const hits = (p: Plan): number => p.dbHits + p.children.reduce((n, c) => n + hits(c), 0);
const eagers = (p: Plan): number =>
  (p.operatorType.startsWith('Eager') ? 1 : 0) + p.children.reduce((n, c) => n + eagers(c), 0);

/** Profiles the statements of the last document, the others written first; leaves the graph as it found it. */
export async function profileDocument(store: GraphStore, docs: Extraction[]): Promise<string> {
  const config = loadConfig();
  const last = docs[docs.length - 1]!;
  for (const x of docs) await deleteDocument(store, x.document.id);
  for (const x of docs.slice(0, -1)) await writeExtraction(store, x);
  const driver = neo4j.driver(config.neo4jUri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD));
  const session = driver.session({ database: config.NEO4J_DATABASE });
  const out: string[] = [`profile of ${last.document.id}, written after ${docs.length - 1} other documents`];
  const tx = session.beginTransaction();
  try {
    for (const s of writeStatements(planWrite(last))) {
      const r = await tx.run(`PROFILE ${s.cypher}`, toNeo4jParams(s.params) as Record<string, unknown>);
      const plan = r.summary.profile as unknown as Plan;
      const ms = r.summary.resultAvailableAfter.toNumber() + r.summary.resultConsumedAfter.toNumber();
      out.push(
        `\n== ${s.cypher.replace(/\s+/g, ' ').slice(0, 100)}`,
        `   server ${ms} ms, ${hits(plan)} db hits, ${eagers(plan)} Eager`,
        ...lines(plan),
      );
    }
  } finally {
    await tx.rollback();
    await session.close();
    await driver.close();
    for (const x of docs) await deleteDocument(store, x.document.id);
  }
  return out.join('\n') + '\n';
}

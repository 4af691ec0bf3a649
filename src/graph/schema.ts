import { readFileSync } from 'node:fs';
import type { GraphStore } from './store.js';

const SCHEMA_FILE = new URL('../../cypher/schema.cypher', import.meta.url);

/** The statements of a .cypher file: `//` comment lines dropped, split on `;` at line ends. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The full-text index as an earlier govkg made it (updated inside each commit) is dropped, so
 * that schema.cypher creates it again, eventually consistent. `IF NOT EXISTS` alone would keep it.
 */
async function dropStaleSearchIndex(store: GraphStore): Promise<void> {
  const { rows } = await store.executeRead((tx) =>
    tx.run<{ ec: unknown }>({
      cypher: `SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entityNames'
RETURN options.indexConfig['fulltext.eventually_consistent'] AS ec`,
      params: {},
    }),
  );
  if (rows.length && rows[0]!.ec !== true) await store.runAutoCommit({ cypher: 'DROP INDEX entityNames', params: {} });
}

/** Waits until the full-text index holds every committed write (it is updated after commits). */
export async function awaitSearchIndex(store: GraphStore): Promise<void> {
  await store.runAutoCommit({ cypher: 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()', params: {} });
}

/** Applies cypher/schema.cypher (each statement idempotent), then waits until its indexes are online. */
export async function applySchema(store: GraphStore): Promise<void> {
  await dropStaleSearchIndex(store);
  for (const cypher of splitStatements(readFileSync(SCHEMA_FILE, 'utf8')))
    await store.runAutoCommit({ cypher, params: {} });
  await store.runAutoCommit({ cypher: 'CALL db.awaitIndexes(300)', params: {} });
}

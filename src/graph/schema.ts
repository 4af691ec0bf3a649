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

/** Applies cypher/schema.cypher (each statement idempotent), then waits until its indexes are online. */
export async function applySchema(store: GraphStore): Promise<void> {
  for (const cypher of splitStatements(readFileSync(SCHEMA_FILE, 'utf8')))
    await store.runAutoCommit({ cypher, params: {} });
  await store.runAutoCommit({ cypher: 'CALL db.awaitIndexes(300)', params: {} });
}

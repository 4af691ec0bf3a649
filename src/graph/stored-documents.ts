import { countDocuments, storedDocuments } from './remove-statements.js';
import type { GraphStore } from './store.js';

/** How many documents the graph holds (an ingest into an empty graph skips its look-ups). */
export async function documentCount(store: GraphStore): Promise<number> {
  return store.executeRead(async (tx) => (await tx.run<{ n: number }>(countDocuments)).rows[0]?.n ?? 0);
}

/** The subset of `ids` already in the graph, so that an ingest can skip unchanged documents before extracting them. */
export async function storedDocumentIds(store: GraphStore, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return store.executeRead(
    async (tx) => new Set((await tx.run<{ id: string }>(storedDocuments(ids))).rows.map((r) => r.id)),
  );
}

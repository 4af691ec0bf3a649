import {
  deleteDocuments,
  deleteMentions,
  deleteOrphans,
  removeEvidence,
  resolveDocuments,
} from './remove-statements.js';
import { addCounts, zeroCounts, type Counts, type GraphStore, type Tx } from './store.js';

// A place chain is at most town → county → city → province, so orphan passes stop after a few.
const MAX_ORPHAN_PASSES = 6;

/**
 * Removes documents' mentions, evidence and nodes inside `tx`. The orphan sweep comes in
 * `finish()`, so that a replacing document can be written in between and keep the entities it
 * still names. With `sweepNow`, `finish` is already done.
 */
export async function removeDocuments(
  tx: Tx,
  docs: string[],
  sweepNow = true,
): Promise<{ counts: Counts; finish: () => Promise<Counts> }> {
  const mentioned = await tx.run<{ ids: string[] }>(deleteMentions(docs));
  const evidenced = await tx.run<{ ids: string[] }>(removeEvidence(docs, mentioned.rows[0]?.ids ?? []));
  const deleted = await tx.run(deleteDocuments(docs));
  const counts = addCounts(addCounts(mentioned.counts, evidenced.counts), deleted.counts);
  const candidates = new Set([...(mentioned.rows[0]?.ids ?? []), ...(evidenced.rows[0]?.ids ?? [])]);
  const finish = async () => {
    const swept = zeroCounts();
    let ids = [...candidates].sort();
    for (let pass = 0; pass < MAX_ORPHAN_PASSES && ids.length; pass++) {
      const r = await tx.run<{ parents: string[] }>(deleteOrphans(ids));
      addCounts(swept, r.counts);
      ids = [...new Set(r.rows.flatMap((row) => row.parents))].sort();
    }
    return swept;
  };
  if (!sweepNow) return { counts, finish };
  addCounts(counts, await finish());
  return { counts, finish: async () => counts };
}

/** `govkg delete DOC`: removes every document with this id or path, and what only it held. */
export async function deleteDocument(store: GraphStore, ref: string): Promise<{ documents: string[]; counts: Counts }> {
  return store.executeWrite(async (tx) => {
    const docs = (await tx.run<{ id: string }>(resolveDocuments(ref))).rows.map((r) => r.id);
    if (!docs.length) return { documents: [], counts: zeroCounts() };
    const { counts } = await removeDocuments(tx, docs);
    return { documents: docs, counts };
  });
}

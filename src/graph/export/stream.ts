import { RELATION_TYPES } from '../../model/index.js';
import { canonicalNode, canonicalRelationship, cmp, relOrder, type DumpNode, type DumpRelationship } from './dump.js';
import type { GraphStore } from '../store.js';

// Start nodes per page: a document starts ~500 MENTIONS, an entity a handful of facts.
const PAGE = { Document: 20, Entity: 1000 } as const;
type NodeLabel = keyof typeof PAGE;

// Every relationship type govkg writes, in canonical order, with the label its start nodes carry.
const TYPES: { type: string; from: NodeLabel }[] = [
  ...RELATION_TYPES.map((type) => ({ type: type as string, from: 'Entity' as const })),
  { type: 'MENTIONS', from: 'Document' as const },
].sort((a, b) => cmp(a.type, b.type));

/**
 * One page of nodes of a label, after the id `after`, in id order: a seek on the label's unique
 * id index (keyset pagination, never SKIP, so each page costs the same). Labels and types come
 * from the fixed lists above.
 */
async function page<R>(
  store: GraphStore,
  label: NodeLabel,
  after: string,
  tail: string,
): Promise<(R & { id: string })[]> {
  const { rows } = await store.executeRead((tx) =>
    tx.run<R & { id: string }>({
      cypher: `MATCH (n:${label}) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $size
${tail}
ORDER BY id`,
      params: { after, size: PAGE[label] },
    }),
  );
  return rows;
}

async function* pages<R>(store: GraphStore, label: NodeLabel, tail: string): AsyncGenerator<(R & { id: string })[]> {
  for (let after = ''; ;) {
    const rows = await page<R>(store, label, after, tail);
    if (rows.length) yield rows;
    if (rows.length < PAGE[label]) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** Every govkg node in canonical order (documents, then entities, each by id), a page at a time. */
export async function* streamNodes(store: GraphStore): AsyncGenerator<DumpNode> {
  for (const label of ['Document', 'Entity'] as const)
    for await (const rows of pages<DumpNode>(
      store,
      label,
      'RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties',
    ))
      for (const n of rows) yield canonicalNode(n);
}

/**
 * Every relationship between govkg nodes in canonical order (by type, start, end, mention
 * offset): one pass over the start nodes per type, each start's relationships sorted here.
 */
export async function* streamRelationships(store: GraphStore): AsyncGenerator<DumpRelationship> {
  for (const { type, from } of TYPES) {
    const tail = `RETURN n.id AS id, [(n)-[r:${type}]->(b:Entity) | {type: type(r), start: n.id, end: b.id, properties: properties(r)}] AS rels`;
    for await (const rows of pages<{ rels: DumpRelationship[] }>(store, from, tail))
      for (const row of rows) yield* row.rels.map(canonicalRelationship).sort(relOrder);
  }
}

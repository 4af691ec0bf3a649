import type { GraphStore } from '../store.js';
import type { Statement } from '../statement.js';

/** A property value as stored: the graph holds strings, integers and lists of them. */
export type Value = string | number | boolean | string[] | number[];

/** A node of the dump: its `id` property is its identity (entities and documents both have one). */
export interface DumpNode {
  id: string;
  labels: string[];
  properties: Record<string, Value>;
}

/** A relationship of the dump, by its ends' ids. */
export interface DumpRelationship {
  type: string;
  start: string;
  end: string;
  properties: Record<string, Value>;
}

/** The graph govkg wrote, in a canonical order: the same graph always dumps the same way. */
export interface Dump {
  nodes: DumpNode[];
  relationships: DumpRelationship[];
}

/** Every govkg node (Document and :Entity), nothing else that may share the database. */
export const readNodes: Statement = {
  cypher: `MATCH (n) WHERE n:Document OR n:Entity
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties`,
  params: {},
};

/** Every relationship between govkg nodes. */
export const readRelationships: Statement = {
  cypher: `MATCH (a)-[r]->(b) WHERE (a:Document OR a:Entity) AND b:Entity
RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties`,
  params: {},
};

export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
// Labels in a fixed order: the entity type first, :Entity after it (Place;Entity).
const labelOrder = (a: string, b: string) => (a === 'Entity' ? 1 : b === 'Entity' ? -1 : cmp(a, b));
/**
 * Properties with their keys in sorted order: Neo4j returns a map's keys in the order of its
 * store, which differs between two stores of the same graph, and an export must not.
 */
const sortKeys = (p: Record<string, Value>): Record<string, Value> =>
  Object.fromEntries(Object.entries(p).sort(([a], [b]) => cmp(a, b)));
/** A node's labels in canonical order. */
const sortLabels = (labels: string[]): string[] => [...labels].sort(labelOrder);
/** A node as the dump holds it: labels and property keys in canonical order. */
export const canonicalNode = (n: DumpNode): DumpNode => ({
  id: n.id,
  labels: sortLabels(n.labels),
  properties: sortKeys(n.properties),
});
/** A relationship as the dump holds it: fields in a fixed order (Cypher maps keep none), property keys sorted. */
export const canonicalRelationship = (r: DumpRelationship): DumpRelationship => ({
  type: r.type,
  start: r.start,
  end: r.end,
  properties: sortKeys(r.properties),
});
const relKey = (r: DumpRelationship) =>
  `${r.type}\u0000${r.start}\u0000${r.end}\u0000${String(r.properties.start ?? '')}`;
/** Canonical order of relationships: by type, start, end, mention offset, then everything. */
export const relOrder = (a: DumpRelationship, b: DumpRelationship): number =>
  cmp(relKey(a), relKey(b)) || cmp(JSON.stringify(a), JSON.stringify(b));
// Documents first, then entities, each by id (sha256 ids sort before every entity prefix anyway).
const nodeKey = (n: DumpNode) => `${n.labels.includes('Document') ? 0 : 1}${n.id}`;

/**
 * Puts a dump in canonical order (documents then entities, each by id; relationships by type,
 * ends, mention offset): the order `streamNodes` and `streamRelationships` read in, so both sources export the same bytes.
 */
export function canonical(d: Dump): Dump {
  return {
    nodes: d.nodes.map(canonicalNode).sort((a, b) => cmp(nodeKey(a), nodeKey(b))),
    relationships: d.relationships.map(canonicalRelationship).sort(relOrder),
  };
}

/** Reads the whole govkg graph in one read transaction. */
export async function readGraph(store: GraphStore): Promise<Dump> {
  return store.executeRead(async (tx) => {
    const nodes = (await tx.run<DumpNode>(readNodes)).rows;
    const relationships = (await tx.run<DumpRelationship>(readRelationships)).rows;
    return canonical({ nodes, relationships });
  });
}

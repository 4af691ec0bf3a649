import type { Statement } from './statement.js';
import type { GraphStore } from './store.js';

/** What `govkg stats` prints. */
export interface GraphStats {
  labels: { label: string; count: number }[];
  relationships: { type: string; count: number }[];
  /** Evidence entries over all facts: how many sentences back the graph. */
  evidence: number;
  /** Places with the most projects located in them or connecting them (directly). */
  topProjectPlaces: { code: string; name: string; projects: number }[];
  /** Places with the most distinct cooperation partners. */
  topPartnerPlaces: { code: string; name: string; partners: number }[];
}

/** Nodes per label (the entity type, not :Entity). */
export const countLabels: Statement = {
  cypher: `MATCH (n) WHERE n:Document OR n:Entity
UNWIND labels(n) AS label
WITH label WHERE label <> 'Entity'
RETURN label, count(*) AS count ORDER BY label`,
  params: {},
};

/** Relationships per type, with the evidence entries they carry. */
export const countRelationships: Statement = {
  cypher: `MATCH (a)-[r]->(:Entity) WHERE a:Document OR a:Entity
RETURN type(r) AS type, count(*) AS count, sum(size(coalesce(r.evidenceDocs, []))) AS evidence ORDER BY type`,
  params: {},
};

/** The places most projects are located in or connect. */
export const topProjectPlaces = (top: number): Statement => ({
  cypher: `MATCH (p:Place)<-[:LOCATED_IN|CONNECTS]-(j:Project)
RETURN p.code AS code, p.name AS name, count(DISTINCT j) AS projects
ORDER BY projects DESC, code LIMIT $top`,
  params: { top },
});

/** The places with the most distinct cooperation partners. */
export const topPartnerPlaces = (top: number): Statement => ({
  cypher: `MATCH (p:Place)-[:COOPERATES_WITH]-(q)
RETURN p.code AS code, p.name AS name, count(DISTINCT q) AS partners
ORDER BY partners DESC, code LIMIT $top`,
  params: { top },
});

/** Counts by label and relationship type, and the busiest places, in one read transaction. */
export async function graphStats(store: GraphStore, top = 10): Promise<GraphStats> {
  return store.executeRead(async (tx) => {
    const labels = (await tx.run<{ label: string; count: number }>(countLabels)).rows;
    const rels = (await tx.run<{ type: string; count: number; evidence: number }>(countRelationships)).rows;
    return {
      labels,
      relationships: rels.map(({ type, count }) => ({ type, count })),
      evidence: rels.reduce((n, r) => n + r.evidence, 0),
      topProjectPlaces: (await tx.run<GraphStats['topProjectPlaces'][number]>(topProjectPlaces(top))).rows,
      topPartnerPlaces: (await tx.run<GraphStats['topPartnerPlaces'][number]>(topPartnerPlaces(top))).rows,
    };
  });
}

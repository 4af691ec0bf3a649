/**
 * The floor of a Cypher write: what one document's write costs when nothing is looked up and
 * nothing is merged. The same elements as `writeExtraction` writes (the Document with its
 * sentences, every entity and ancestor place, hierarchy edges, facts with their evidence lists,
 * MENTIONS with their seven properties) are created by one statement per document, in one
 * transaction per document, on a label with no index or constraint (`BenchFloor`), with every
 * relationship's ends given as positions in the document's own node list: no MERGE, no index
 * seek, no lock on a shared node, no evidence splice. No writer with one transaction per
 * document can write these elements for less; the benchmark reports it beside the real writer
 * to show how far the real one is from it, and how far the target is from both.
 */
import { columns, MENTION_FIELDS, type Statement, type WritePlan } from '../src/graph/index.js';

/** Removes every node (and so relationship) the floor wrote. */
export const clearFloor: Statement = { cypher: 'MATCH (n:BenchFloor) DETACH DELETE n', params: {} };

/** What the floor writes for a plan: nodes and relationships, checked against the graph after a pass. */
export const floorSize = (plan: WritePlan) => ({
  nodes: 1 + plan.entities.reduce((n, g) => n + g.rows.length, 0) + plan.adminPlaces.length,
  relationships: plan.hierarchy.length + plan.facts.reduce((n, g) => n + g.rows.length, 0) + plan.mentions.length,
});

/** Counts what the floor wrote. */
export const floorCount: Statement = {
  cypher: `MATCH (n:BenchFloor) WITH count(n) AS nodes
OPTIONAL MATCH (:BenchFloor)-[r]->() RETURN nodes, count(r) AS relationships`,
  params: {},
};

/** The one statement that writes a plan's elements as the floor does. */
export function floorStatement(plan: WritePlan): Statement {
  // Node positions: the entities in plan order, then the ancestor places.
  const ids = [...plan.entities.flatMap((g) => g.rows.map((r) => r.id)), ...plan.adminPlaces.map((p) => p.id)];
  const at = new Map(ids.map((id, i) => [id, i]));
  const pos = (id: string) => at.get(id) ?? -1;
  const rows = plan.entities.flatMap((g) => g.rows);
  const facts = plan.facts.flatMap((g) => g.rows);
  return {
    cypher: `CREATE (d:BenchFloor) SET d = $document
WITH d
CALL (d) {
  UNWIND range(0, size($e.id) - 1) AS i
  CREATE (n:BenchFloor {id: $e.id[i], name: $e.name[i], aliases: $e.aliases[i], extra: $e.extra[i]})
  RETURN collect(n) AS nodes
}
CALL (nodes) {
  UNWIND $h AS h
  WITH nodes[h[0]] AS c, nodes[h[1]] AS p WHERE c IS NOT NULL AND p IS NOT NULL
  CREATE (c)-[:BENCH_FLOOR_PART_OF {source: 'GB/T 2260'}]->(p)
}
CALL (d, nodes) {
  UNWIND $f AS f
  WITH d, nodes[f.a] AS a, nodes[f.b] AS b, f WHERE a IS NOT NULL AND b IS NOT NULL
  CREATE (a)-[:BENCH_FLOOR_FACT {evidenceDocs: [_ IN f.sentences | $doc], evidenceSentences: f.sentences,
    evidenceStarts: f.starts, evidenceEnds: f.ends, evidenceTexts: [i IN f.sentences | d.sentences[i]],
    evidenceRules: f.rules}]->(b)
}
CALL (d, nodes) {
  UNWIND range(0, size($m.entity) - 1) AS i
  WITH d, nodes[$m.entity[i]] AS e, i WHERE e IS NOT NULL
  CREATE (d)-[:BENCH_FLOOR_MENTIONS {sentence: $m.sentence[i], start: $m.start[i], end: $m.end[i],
    surface: $m.surface[i], stage: $m.stage[i], stageVerb: $m.stageVerb[i], rule: $m.rule[i]}]->(e)
}`,
    params: {
      doc: plan.document.id,
      document: plan.document,
      e: {
        id: ids,
        name: [...rows.map((r) => r.props.name ?? null), ...plan.adminPlaces.map((p) => p.name)],
        aliases: [...rows.map((r) => r.aliases), ...plan.adminPlaces.map(() => [])],
        extra: [...rows.map((r) => r.props.kind ?? r.props.code ?? null), ...plan.adminPlaces.map((p) => p.code)],
      },
      h: plan.hierarchy.map((h) => [pos(h.child), pos(h.parent)]),
      f: facts.map((f) => ({
        a: pos(f.from),
        b: pos(f.to),
        sentences: f.sentences,
        starts: f.starts,
        ends: f.ends,
        rules: f.rules,
      })),
      // The mention columns createMentions sends, the entity given as its position instead of its id.
      m: { ...columns(plan.mentions, MENTION_FIELDS), entity: plan.mentions.map((m) => pos(m.entity)) },
    },
  };
}

import type { EntityType, RelationType } from '../model/index.js';
import { label, relType } from './fixed-lists.js';
import type { AdminPlaceRow, DocumentRow, EntityRow, FactRow, HierarchyRow, MentionRow } from './plan-types.js';
import type { Statement } from './statement.js';
import { LABEL_PROPS } from './plan-entities.js';

/**
 * Every write statement is planned once and its plan kept: Neo4j would otherwise re-plan a cached
 * statement whenever the graph's counts have moved enough (all the time while a corpus ingest
 * grows the graph from nothing), and planning one of these costs 10 to 100 times running it for a
 * document. The plans cannot go stale: every lookup is a seek on a unique constraint, whatever
 * the counts.
 */
const CACHED = 'CYPHER replan=skip ';

/** The Document node, with exactly the properties of `row` (nothing else, no timestamps). */
export const mergeDocument = (row: DocumentRow): Statement => ({
  cypher: `${CACHED}MERGE (d:Document {id: $row.id}) SET d = $row`,
  params: { row },
});

/**
 * Entities of one label, sent as columns (`columns`). The label's properties are set one by one
 * (a literal key each, so the planner sees that `id`, which MERGE looks up, is never written, and
 * needs no Eager); aliases (sorted by the plan) are merged into the stored ones by sorted
 * insertion, so the order documents arrive in does not show.
 */
export const mergeEntities = (l: EntityType, rows: EntityRow[], param = 'c'): Statement => {
  const props = LABEL_PROPS[label(l)];
  const c: Record<string, unknown[]> = { id: rows.map((r) => r.id), aliases: rows.map((r) => r.aliases) };
  for (const k of props) c[k] = rows.map((r) => r.props[k] ?? null);
  return {
    cypher: `${CACHED}UNWIND range(0, size($${param}.id) - 1) AS i
MERGE (e:Entity {id: $${param}.id[i]})
SET e:${label(l)}, ${props.map((k) => `e.${k} = $${param}.${k}[i]`).join(', ')},
    e.aliases = reduce(acc = coalesce(e.aliases, []), a IN $${param}.aliases[i] |
      CASE WHEN a IN acc THEN acc ELSE [x IN acc WHERE x < a] + a + [x IN acc WHERE x > a] END)`,
    params: { [param]: c },
  };
};

/** Ancestor places nobody named: created from the gazetteer, never overwriting what a document set. */
export const mergeAdminPlaces = (rows: AdminPlaceRow[]): Statement => ({
  cypher: `${CACHED}UNWIND $rows AS row
MERGE (p:Entity {id: row.id})
ON CREATE SET p:Place, p.name = row.name, p.code = row.code, p.level = row.level, p.aliases = []`,
  params: { rows },
});

/** Hierarchy edges (GB/T 2260, taxonomy): no evidence, a `source`. */
export const mergeHierarchy = (rows: HierarchyRow[]): Statement => ({
  cypher: `${CACHED}UNWIND $rows AS row
MATCH (c:Entity {id: row.child})
MATCH (p:Entity {id: row.parent})
MERGE (c)-[h:PART_OF]->(p)
ON CREATE SET h.source = row.source`,
  params: { rows },
});

// The aligned evidence lists and the row field that feeds each (cypher/README.md).
const EVIDENCE: [string, string][] = [
  ['evidenceSentences', 'row.sentences'],
  ['evidenceStarts', 'row.starts'],
  ['evidenceEnds', 'row.ends'],
  ['evidenceTexts', '[i IN row.sentences | texts[i]]'],
  ['evidenceRules', 'row.rules'],
];

/**
 * Facts of one type with this document's evidence; each entry's text is its sentence's, read once
 * from the Document written just before (so the texts are not sent twice). The lists are sorted by document id, so the
 * stored entries before this document's are a prefix (`lo` long) and those after it a suffix
 * (from `hi`): each list becomes prefix + this document's entries + suffix, which also replaces
 * any entries this document had before (writing it twice changes nothing). `lo` and `hi` are
 * found once per fact, in one pass over the documents list; a new fact has empty lists.
 */
export const mergeFacts = (t: RelationType, doc: string, rows: FactRow[], param = 'facts'): Statement => ({
  cypher: `${CACHED}MATCH (source:Document {id: $doc})
WITH source.sentences AS texts
UNWIND $${param}.rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${relType(t)}]->(b)
WITH texts, r, row, coalesce(r.evidenceDocs, []) AS docs
WITH texts, r, row, docs, size([d IN docs WHERE d < $doc]) AS lo, size([d IN docs WHERE d <= $doc]) AS hi
SET r.evidenceDocs = docs[..lo] + [_ IN row.sentences | $doc] + docs[hi..],
  ${EVIDENCE.map(([p, mine]) => `r.${p} = coalesce(r.${p}, [])[..lo] + ${mine} + coalesce(r.${p}, [])[hi..]`).join(',\n  ')}`,
  // The rows inside a map: Neo4j keys its plan cache on the parameters' types, and an empty list
  // is not typed as a list of maps, so lists of rows would give every document's pattern of empty
  // and non-empty fact types a plan of its own (~450 ms of planning each, measured); a map is a map.
  params: { doc, [param]: { rows } },
});

/**
 * Statements as one, each a unit subquery (`CALL () { … }`): Neo4j's fixed cost per statement
 * (its look-up in the query cache, a result, a round of the pipeline) is paid once. Their
 * parameter names must not clash unless they carry the same value (`$doc`).
 */
export function asOne(statements: Statement[]): Statement {
  const params: Record<string, unknown> = {};
  for (const s of statements)
    for (const [k, v] of Object.entries(s.params)) {
      if (k in params && params[k] !== v) throw new Error(`asOne: parameter $${k} given twice`);
      params[k] = v;
    }
  const body = statements.map((s) => `CALL () {\n${s.cypher.replace(CACHED, '')}\n}`).join('\n');
  return { cypher: `${CACHED}${body}`, params };
}

/**
 * Rows as columns, one list per field: a statement's parameters then carry each key once instead
 * of once per row (a report has ~500 mentions of 8 fields), which is most of what the driver
 * packs and Neo4j decodes for a document.
 */
export function columns<R extends object, K extends keyof R & string>(
  rows: R[],
  keys: readonly K[],
): { [k in K]: R[k][] } {
  const out = {} as { [k in K]: R[k][] };
  for (const k of keys) out[k] = rows.map((r) => r[k]);
  return out;
}

/** The fields of a MENTIONS row, as `createMentions` sends them (one column each). */
export const MENTION_FIELDS = ['entity', 'sentence', 'start', 'end', 'surface', 'stage', 'stageVerb', 'rule'] as const;

/** MENTIONS from the document, one per row (the document's old mentions are gone by now); the sentence text is `d.sentences[sentence]`. */
export const createMentions = (doc: string, rows: MentionRow[]): Statement => ({
  cypher: `${CACHED}MATCH (d:Document {id: $doc})
UNWIND range(0, size($m.entity) - 1) AS i
MATCH (e:Entity {id: $m.entity[i]})
CREATE (d)-[:MENTIONS {sentence: $m.sentence[i], start: $m.start[i], end: $m.end[i], surface: $m.surface[i],
  stage: $m.stage[i], stageVerb: $m.stageVerb[i], rule: $m.rule[i]}]->(e)`,
  params: { doc, m: columns(rows, MENTION_FIELDS) },
});

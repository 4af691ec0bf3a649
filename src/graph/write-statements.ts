import type { EntityType, RelationType } from '../model/index.js';
import { label, relType } from './fixed-lists.js';
import type { AdminPlaceRow, DocumentRow, EntityRow, FactRow, HierarchyRow, MentionRow } from './plan-types.js';
import type { Statement } from './statement.js';

/** The Document node, with exactly the properties of `row` (nothing else, no timestamps). */
export const mergeDocument = (row: DocumentRow): Statement => ({
  cypher: 'MERGE (d:Document {id: $row.id}) SET d = $row',
  params: { row },
});

/**
 * Entities of one label. Properties from the extraction are set; aliases (sorted by the plan) are
 * merged into the stored ones by sorted insertion, so the order documents arrive in does not show.
 */
export const mergeEntities = (l: EntityType, rows: EntityRow[]): Statement => ({
  cypher: `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:${label(l)}, e += row.props,
    e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases |
      CASE WHEN a IN acc THEN acc ELSE [x IN acc WHERE x < a] + a + [x IN acc WHERE x > a] END)`,
  params: { rows },
});

/** Ancestor places nobody named: created from the gazetteer, never overwriting what a document set. */
export const mergeAdminPlaces = (rows: AdminPlaceRow[]): Statement => ({
  cypher: `UNWIND $rows AS row
MERGE (p:Entity {id: row.id})
ON CREATE SET p:Place, p.name = row.name, p.code = row.code, p.level = row.level, p.aliases = []`,
  params: { rows },
});

/** Hierarchy edges (GB/T 2260, taxonomy): no evidence, a `source`. */
export const mergeHierarchy = (rows: HierarchyRow[]): Statement => ({
  cypher: `UNWIND $rows AS row
MATCH (c:Entity {id: row.child})
MATCH (p:Entity {id: row.parent})
MERGE (c)-[h:PART_OF]->(p)
ON CREATE SET h.source = row.source`,
  params: { rows },
});

/**
 * Facts of one type with this document's evidence. The aligned lists stay sorted by document id
 * (the document's own entries in extraction order), and any entries this document had before
 * are replaced: writing the same document twice gives the same lists.
 */
export const mergeFacts = (t: RelationType, doc: string, rows: FactRow[]): Statement => ({
  cypher: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${relType(t)}]->(b)
WITH r, row, coalesce(r.evidenceDocs, []) AS d0, coalesce(r.evidenceSentences, []) AS s0,
     coalesce(r.evidenceStarts, []) AS b0, coalesce(r.evidenceEnds, []) AS e0,
     coalesce(r.evidenceTexts, []) AS t0, coalesce(r.evidenceRules, []) AS r0
WITH r, row, d0, s0, b0, e0, t0, r0,
     [i IN range(0, size(d0) - 1) WHERE d0[i] < $doc] AS lo,
     [i IN range(0, size(d0) - 1) WHERE d0[i] > $doc] AS hi
SET r.evidenceDocs = [i IN lo | d0[i]] + [_ IN row.sentences | $doc] + [i IN hi | d0[i]],
    r.evidenceSentences = [i IN lo | s0[i]] + row.sentences + [i IN hi | s0[i]],
    r.evidenceStarts = [i IN lo | b0[i]] + row.starts + [i IN hi | b0[i]],
    r.evidenceEnds = [i IN lo | e0[i]] + row.ends + [i IN hi | e0[i]],
    r.evidenceTexts = [i IN lo | t0[i]] + row.texts + [i IN hi | t0[i]],
    r.evidenceRules = [i IN lo | r0[i]] + row.rules + [i IN hi | r0[i]]`,
  params: { doc, rows },
});

/** MENTIONS from the document, one per row (the document's old mentions are gone by now). */
export const createMentions = (doc: string, rows: MentionRow[]): Statement => ({
  cypher: `MATCH (d:Document {id: $doc})
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
CREATE (d)-[:MENTIONS {sentence: row.sentence, start: row.start, end: row.end, surface: row.surface,
  text: row.text, stage: row.stage, stageVerb: row.stageVerb, rule: row.rule}]->(e)`,
  params: { doc, rows },
});

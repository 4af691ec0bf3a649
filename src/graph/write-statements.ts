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

// The aligned evidence lists and the row field that feeds each (cypher/README.md).
const EVIDENCE: [string, string][] = [
  ['evidenceDocs', '[_ IN row.sentences | $doc]'],
  ['evidenceSentences', 'row.sentences'],
  ['evidenceStarts', 'row.starts'],
  ['evidenceEnds', 'row.ends'],
  ['evidenceTexts', 'row.texts'],
  ['evidenceRules', 'row.rules'],
];

// Old entries of documents sorting before $doc, this document's, then those after. Every right
// side of one SET reads the values from before it, so the lists stay aligned.
const spliced = (prop: string, mine: string) =>
  `r.${prop} = [i IN range(0, size(r.evidenceDocs) - 1) WHERE r.evidenceDocs[i] < $doc | r.${prop}[i]] + ${mine}` +
  ` + [i IN range(0, size(r.evidenceDocs) - 1) WHERE r.evidenceDocs[i] > $doc | r.${prop}[i]]`;

/**
 * Facts of one type with this document's evidence. A new fact takes the lists as they are; an
 * existing one gets this document's entries spliced in so that the lists stay sorted by document
 * id (and any entries this document had before are replaced: writing it twice changes nothing).
 */
export const mergeFacts = (t: RelationType, doc: string, rows: FactRow[]): Statement => ({
  cypher: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${relType(t)}]->(b)
ON CREATE SET ${EVIDENCE.map(([p, mine]) => `r.${p} = ${mine}`).join(',\n  ')}
ON MATCH SET ${EVIDENCE.map(([p, mine]) => spliced(p, mine)).join(',\n  ')}`,
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

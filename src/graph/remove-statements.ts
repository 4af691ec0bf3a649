import { FACT_TYPES_PATTERN } from './fixed-lists.js';
import type { Statement } from './statement.js';
import { STORE_VERSION } from './store-version.js';

/**
 * Before writing a document, in one round trip: whether this id is stored already by this
 * `STORE_VERSION`, and the ids to remove first: earlier versions of the file (documents read from
 * the same path with other content), and this id itself when an older govkg wrote it.
 */
export const documentState = (id: string, path: string): Statement => ({
  cypher: `OPTIONAL MATCH (same:Document {id: $id})
WITH same, coalesce(same.storeVersion = $version, false) AS stored
OPTIONAL MATCH (d:Document {path: $path}) WHERE d.id <> $id
WITH stored, same, d.id AS older ORDER BY older
WITH stored, same, collect(older) AS older
RETURN stored, CASE WHEN same IS NULL OR stored THEN older ELSE older + same.id END AS older`,
  params: { id, path, version: STORE_VERSION },
});

/** Documents a user names by id or by path (`govkg delete DOC`). */
export const resolveDocuments = (ref: string): Statement => ({
  cypher: 'MATCH (d:Document) WHERE d.id = $ref OR d.path = $ref RETURN d.id AS id ORDER BY id',
  params: { ref },
});

/** Deletes the documents' MENTIONS; returns the entities they pointed at (orphan candidates). */
export const deleteMentions = (docs: string[]): Statement => ({
  cypher: `MATCH (d:Document)-[m:MENTIONS]->(e)
WHERE d.id IN $docs
DELETE m
RETURN collect(DISTINCT e.id) AS ids`,
  params: { docs },
});

/**
 * Removes the documents' entries from the evidence lists of facts, deleting facts left with none;
 * returns the facts' endpoints (orphan candidates). The facts are reached through `entities`, the
 * ones the documents mention (every fact a document states has an endpoint it mentions: the
 * write plan sees to it), by typed expansion, so a removal reads the neighbourhood of what the
 * document names, never all the facts of the graph.
 */
export const removeEvidence = (docs: string[], entities: string[]): Statement => ({
  cypher: `UNWIND $entities AS id
MATCH (:Entity {id: id})-[r:${FACT_TYPES_PATTERN}]-()
WHERE any(x IN r.evidenceDocs WHERE x IN $docs)
WITH DISTINCT r
WITH startNode(r) AS a, endNode(r) AS b, r,
  [i IN range(0, size(r.evidenceDocs) - 1) WHERE NOT r.evidenceDocs[i] IN $docs] AS keep
SET r.evidenceDocs = [i IN keep | r.evidenceDocs[i]],
    r.evidenceSentences = [i IN keep | r.evidenceSentences[i]],
    r.evidenceStarts = [i IN keep | r.evidenceStarts[i]],
    r.evidenceEnds = [i IN keep | r.evidenceEnds[i]],
    r.evidenceTexts = [i IN keep | r.evidenceTexts[i]],
    r.evidenceRules = [i IN keep | r.evidenceRules[i]]
FOREACH (_ IN CASE WHEN size(keep) = 0 THEN [1] ELSE [] END | DELETE r)
RETURN collect(DISTINCT a.id) + collect(DISTINCT b.id) AS ids`,
  params: { docs, entities },
});

/** Deletes the Document nodes themselves. */
export const deleteDocuments = (docs: string[]): Statement => ({
  cypher: 'MATCH (d:Document) WHERE d.id IN $docs DETACH DELETE d',
  params: { docs },
});

/**
 * Deletes the candidates left with no MENTIONS, no evidence-carrying fact and no child below them
 * in a hierarchy; returns the parents they hung from, which the next pass checks in turn (a
 * county no document speaks of goes once its last town is gone; a province stays while any of
 * its cities is in use).
 */
export const deleteOrphans = (ids: string[]): Statement => ({
  cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)<-[:MENTIONS]-() }
  AND NOT EXISTS { (e)-[r]-() WHERE r.evidenceDocs IS NOT NULL }
  AND NOT EXISTS { (e)<-[h:PART_OF]-() WHERE h.source IS NOT NULL }
OPTIONAL MATCH (e)-[h:PART_OF]->(p) WHERE h.source IS NOT NULL
WITH e, collect(p.id) AS parents
DETACH DELETE e
RETURN parents`,
  params: { ids },
});

/** Which of these document ids are stored already by this `STORE_VERSION` (an ingest skips them before extracting). */
export const storedDocuments = (ids: string[]): Statement => ({
  cypher: 'UNWIND $ids AS id MATCH (d:Document {id: id}) WHERE d.storeVersion = $version RETURN d.id AS id',
  params: { ids, version: STORE_VERSION },
});

/** How many documents the graph holds. */
export const countDocuments: Statement = { cypher: 'MATCH (d:Document) RETURN count(d) AS n', params: {} };

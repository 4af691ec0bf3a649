// For each place in $ids: projects located in or joining it; when $sub, also those of every
// place within it (county, town: PART_OF up to three steps), each with the place it is at
// (null for the place itself: the API has it already, so it is not sent once per project).
// Look-ahead and $evidence as in api-links: each project carries its links of each spec in $next.
UNWIND $ids AS id
MATCH (pl:Place:Entity {id: id})
CALL (pl) {
  MATCH (pl)<-[r:LOCATED_IN|CONNECTS]-(p:Project)
  RETURN p, r, null AS at
  UNION
  MATCH (pl)<-[:PART_OF*1..3]-(sub:Place)<-[r:LOCATED_IN|CONNECTS]-(p:Project)
  WHERE $sub
  RETURN p, r, sub AS at
}
WITH id, pl, p, r, at ORDER BY p.name, coalesce(at.code, pl.code), type(r)
WITH id, collect({p: p, r: r, at: at})[0..$first] AS rows
UNWIND rows AS row
WITH id, row.p AS p, row.r AS r, row.at AS at
RETURN id AS key, collect({
  project: p {.*, __label: 'Project'},
  place: CASE WHEN at IS NULL THEN null ELSE at {.*, __label: 'Place'} END,
  type: type(r),
  rel: CASE WHEN $evidence THEN properties(r) ELSE {source: r.source} END,
  next: [spec IN $next | [(p)-[r2]-(y:Entity)
    WHERE type(r2) IN spec.types AND (spec.label IS NULL OR spec.label IN labels(y))
      AND (spec.dir = 'BOTH' OR (spec.dir = 'OUT') = (startNode(r2) = p))
    | {node: y {.*, __label: coalesce(spec.label, [l IN labels(y) WHERE l <> 'Entity'][0])}, rel: CASE WHEN spec.evidence THEN properties(r2) ELSE {source: r2.source} END, type: type(r2)}]]
}) AS links

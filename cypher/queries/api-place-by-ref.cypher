// A place for each reference in $ids: its id, code or official name (index seeks), else, only
// when none of those matches, an alias (江油 → 江油市). Among equals the higher level wins, then
// the smaller code. Look-ahead: when $projects ({sub, first, evidence, next}) is not null, also the
// place's projects exactly as api-place-projects gives them (keep the two in step), so
// `place(name) { projects { … } }` costs one round trip.
UNWIND $ids AS ref
CALL (ref) {
  OPTIONAL MATCH (e:Entity {id: ref}) WHERE e:Place
  RETURN e
  UNION
  OPTIONAL MATCH (e:Place {code: ref})
  RETURN e
  UNION
  OPTIONAL MATCH (e:Place {name: ref})
  RETURN e
}
WITH ref, e
ORDER BY CASE WHEN e.id = ref OR e.code = ref THEN 0 ELSE 1 END,
  CASE e.level WHEN 'province' THEN 0 WHEN 'city' THEN 1 WHEN 'county' THEN 2 WHEN 'town' THEN 3 ELSE 4 END,
  e.code
WITH ref, head(collect(e)) AS exact
CALL (ref, exact) {
  // No rows at all when the exact look-up found the place, so the label scan never runs then.
  UNWIND CASE WHEN exact IS NULL THEN [ref] ELSE [] END AS alias
  MATCH (p:Place) WHERE alias IN coalesce(p.aliases, [])
  RETURN p
  ORDER BY CASE p.level WHEN 'province' THEN 0 WHEN 'city' THEN 1 WHEN 'county' THEN 2 WHEN 'town' THEN 3 ELSE 4 END, p.code
  LIMIT 1
  UNION
  WITH exact WHERE exact IS NOT NULL
  RETURN exact AS p
}
RETURN ref AS key, p {.*, __label: 'Place'} AS node,
  CASE WHEN $projects IS NULL THEN null ELSE COLLECT {
    CALL (p) {
      MATCH (p)<-[r:LOCATED_IN|CONNECTS]-(x:Project)
      RETURN x, r, null AS at
      UNION
      MATCH (p)<-[:PART_OF*1..3]-(sub:Place)<-[r:LOCATED_IN|CONNECTS]-(x:Project)
      WHERE $projects.sub
      RETURN x, r, sub AS at
    }
    WITH x, r, at ORDER BY x.name, coalesce(at.code, p.code), type(r)
    LIMIT $projects.first
    RETURN {
      project: x {.*, __label: 'Project'},
      place: CASE WHEN at IS NULL THEN null ELSE at {.*, __label: 'Place'} END,
      type: type(r),
      rel: CASE WHEN $projects.evidence THEN properties(r) ELSE {source: r.source} END,
      next: [spec IN $projects.next | [(x)-[r2]-(y:Entity)
        WHERE type(r2) IN spec.types AND (spec.label IS NULL OR spec.label IN labels(y))
          AND (spec.dir = 'BOTH' OR (spec.dir = 'OUT') = (startNode(r2) = x))
        | {node: y {.*, __label: coalesce(spec.label, [l IN labels(y) WHERE l <> 'Entity'][0])}, rel: CASE WHEN spec.evidence THEN properties(r2) ELSE {source: r2.source} END, type: type(r2)}]]
    }
  } END AS projects

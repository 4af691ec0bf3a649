// For each entity in $ids: the entities with label $label (any, when null) joined to it by a
// relationship whose type is in $types, in direction $dir (OUT, IN or BOTH), with the
// relationship's properties (its evidence lists, or its source for the hierarchy); at most
// $first each, by name. Look-ahead: for each spec in $next ({label, types, dir}), each far
// entity also carries its own links of that spec (the API sorts and cuts them), so a nested
// query fetches two levels in one round trip. Evidence lists travel only when asked for
// ($evidence, spec.evidence): they are most of the bytes.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-(x:Entity)
WHERE type(r) IN $types AND ($label IS NULL OR $label IN labels(x))
  AND ($dir = 'BOTH' OR ($dir = 'OUT') = (startNode(r) = a))
WITH id, r, x ORDER BY x.name, x.id
WITH id, collect({x: x, r: r})[0..$first] AS rows
UNWIND rows AS row
WITH id, row.x AS x, row.r AS r
RETURN id AS key, collect({
  node: x {.*, __label: [l IN labels(x) WHERE l <> 'Entity'][0]},
  rel: CASE WHEN $evidence THEN properties(r) ELSE {source: r.source} END,
  type: type(r),
  next: [spec IN $next | [(x)-[r2]-(y:Entity)
    WHERE type(r2) IN spec.types AND (spec.label IS NULL OR spec.label IN labels(y))
      AND (spec.dir = 'BOTH' OR (spec.dir = 'OUT') = (startNode(r2) = x))
    | {node: y {.*, __label: coalesce(spec.label, [l IN labels(y) WHERE l <> 'Entity'][0])}, rel: CASE WHEN spec.evidence THEN properties(r2) ELSE {source: r2.source} END, type: type(r2)}]]
}) AS links

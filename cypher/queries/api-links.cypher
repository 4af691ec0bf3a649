// For each entity in $ids: the entities with label $label (any, when null) joined to it by a relationship whose
// type is in $types, in direction $dir (OUT, IN or BOTH), with the relationship's properties
// (its evidence lists, or its source for the hierarchy); at most $first each, by name.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-(x:Entity)
WHERE type(r) IN $types AND ($label IS NULL OR $label IN labels(x))
  AND ($dir = 'BOTH' OR ($dir = 'OUT') = (startNode(r) = a))
WITH id, r, x ORDER BY x.name, x.id
WITH id, collect({node: x {.*, __label: [l IN labels(x) WHERE l <> 'Entity'][0]}, rel: properties(r), type: type(r)})[0..$first] AS links
RETURN id AS key, links

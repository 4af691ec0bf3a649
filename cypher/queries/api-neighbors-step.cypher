// One breadth-first step: every relationship of a type in $types touching an entity in $ids,
// with the entity at its other end; at most $limit rows (the API reports truncation).
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity)
WHERE type(r) IN $types
WITH DISTINCT r, b
LIMIT $limit
RETURN elementId(r) AS rid, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to,
  properties(r) AS rel, b {.*, __label: [l IN labels(b) WHERE l <> 'Entity'][0]} AS node

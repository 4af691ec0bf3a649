// For each entity in $ids: how many distinct entities with label $label a relationship of a
// type in $types joins to it in direction $dir (as in api-links).
UNWIND $ids AS id
MATCH (a:Entity {id: id})
RETURN id AS key, size(COLLECT {
  MATCH (a)-[r]-(x:Entity)
  WHERE type(r) IN $types AND ($label IS NULL OR $label IN labels(x)) AND ($dir = 'BOTH' OR ($dir = 'OUT') = (startNode(r) = a))
  RETURN DISTINCT x
}) AS n

// A place and every place within it (PART_OF up to three steps), optionally of one level.
MATCH (w:Place:Entity {id: $within})<-[:PART_OF*0..3]-(p:Place)
WHERE $level IS NULL OR p.level = $level
WITH DISTINCT p ORDER BY p.code
LIMIT $limit
RETURN p {.*, __label: 'Place'} AS node

// A page of places: by level, within a place (its id; itself excluded), name containing a text.
// $sort is NAME, CODE, PROJECT_COUNT (projects located in or joining it) or PARTNER_COUNT.
MATCH (p:Place)
WHERE ($level IS NULL OR p.level = $level)
  AND ($nameContains IS NULL OR p.name CONTAINS $nameContains)
  AND ($within IS NULL OR EXISTS { MATCH (p)-[:PART_OF*1..3]->(:Place {id: $within}) })
WITH p, CASE $sort
    WHEN 'CODE' THEN p.code
    WHEN 'PROJECT_COUNT' THEN size(COLLECT { MATCH (p)<-[:LOCATED_IN|CONNECTS]-(x:Project) RETURN DISTINCT x })
    WHEN 'PARTNER_COUNT' THEN size(COLLECT { MATCH (p)-[:COOPERATES_WITH]-(x:Entity) RETURN DISTINCT x })
    ELSE p.name END AS key
ORDER BY CASE WHEN $desc THEN null ELSE key END ASC, CASE WHEN $desc THEN key END DESC, p.id
WITH collect(p) AS rows
RETURN size(rows) AS total, [x IN rows[$skip..$skip + $limit] | x {.*, __label: 'Place'}] AS nodes

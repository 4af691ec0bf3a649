// A page of programmes, sectors or organisations ($label, from the API's fixed list), by name or
// by how many projects they have (UNDER, IN_SECTOR, PARTICIPATES_IN).
MATCH (n:Entity)
WHERE $label IN labels(n)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($nameContains IS NULL OR n.name CONTAINS $nameContains)
WITH n, CASE $sort
    WHEN 'PROJECT_COUNT' THEN size(COLLECT { MATCH (n)-[:UNDER|IN_SECTOR|PARTICIPATES_IN]-(x:Project) RETURN DISTINCT x })
    ELSE n.name END AS key
ORDER BY CASE WHEN $desc THEN null ELSE key END ASC, CASE WHEN $desc THEN key END DESC, n.id
WITH collect(n) AS rows
RETURN size(rows) AS total, [x IN rows[$skip..$skip + $limit] | x {.*, __label: $label}] AS nodes

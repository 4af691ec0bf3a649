// A page of projects. Every filter is a parameter that is null when unused; place filters take
// place ids (the API resolves names and codes first). $sort is NAME, PLACE_COUNT or
// MENTION_COUNT; ties fall back to the id, so pages are stable.
MATCH (p:Project)
WHERE ($kind IS NULL OR p.kind = $kind)
  AND ($nameContains IS NULL OR p.name CONTAINS $nameContains)
  AND ($place IS NULL OR EXISTS { MATCH (p)-[:LOCATED_IN|CONNECTS]->(x:Place {id: $place}) })
  AND ($within IS NULL OR EXISTS { MATCH (p)-[:LOCATED_IN|CONNECTS]->(:Place)-[:PART_OF*0..3]->(x:Place {id: $within}) })
  AND ($sector IS NULL OR EXISTS { MATCH (p)-[:IN_SECTOR]->(s:Sector) WHERE s.id = $sector OR s.name = $sector })
  AND ($program IS NULL OR EXISTS { MATCH (p)-[:UNDER]->(g:Program) WHERE g.id = $program OR g.name = $program })
  AND ($stage IS NULL OR EXISTS { MATCH (p)<-[m:MENTIONS]-(:Document) WHERE m.stage = $stage })
  AND ($year IS NULL OR EXISTS { MATCH (p)<-[:MENTIONS]-(d:Document) WHERE d.year = $year })
WITH p, CASE $sort
    WHEN 'PLACE_COUNT' THEN COUNT { (p)-[:LOCATED_IN|CONNECTS]->(:Place) }
    WHEN 'MENTION_COUNT' THEN COUNT { (p)<-[:MENTIONS]-(:Document) }
    ELSE p.name END AS key
ORDER BY CASE WHEN $desc THEN null ELSE key END ASC, CASE WHEN $desc THEN key END DESC, p.id
WITH collect(p) AS rows
RETURN size(rows) AS total, [x IN rows[$skip..$skip + $limit] | x {.*, __label: 'Project'}] AS nodes

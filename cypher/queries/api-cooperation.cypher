// For each place or region in $ids: who it works with and why, one row per piece of support.
//   STATED          a sentence says so (COOPERATES_WITH, stored once, read both ways)
//   CONNECTED_BY    one project line CONNECTS both (绵遂内铁路 joins 绵阳市 and 遂宁市)
//   SHARED_PROJECT  one project is located in or joins both, unless it is a line joining both
//   SHARED_PROGRAM  both have projects under one programme
// Inferred support never pairs a place with one inside or above it (绵阳市 and 江油市).
// $via lists the kinds wanted; $partner (an id or null) keeps one partner only.
UNWIND $ids AS id
MATCH (p:Entity {id: id})
CALL (p) {
  MATCH (p)-[r:COOPERATES_WITH]-(q:Entity)
  WHERE 'STATED' IN $via AND q <> p
  RETURN q, 'STATED' AS via, null AS through, [properties(r)] AS rels
  UNION ALL
  MATCH (p)<-[r1:CONNECTS]-(x:Project)-[r2:CONNECTS]->(q:Place)
  WHERE 'CONNECTED_BY' IN $via AND q <> p
  RETURN q, 'CONNECTED_BY' AS via, x AS through, [properties(r1), properties(r2)] AS rels
  UNION ALL
  MATCH (p)<-[r1:LOCATED_IN|CONNECTS]-(x:Project)-[r2:LOCATED_IN|CONNECTS]->(q:Place)
  WHERE 'SHARED_PROJECT' IN $via AND q <> p
    AND NOT (EXISTS { (p)<-[:CONNECTS]-(x) } AND EXISTS { (x)-[:CONNECTS]->(q) })
  RETURN q, 'SHARED_PROJECT' AS via, x AS through, [properties(r1), properties(r2)] AS rels
  UNION ALL
  MATCH (p)<-[:LOCATED_IN|CONNECTS]-(x1:Project)-[r1:UNDER]->(g:Program)<-[r2:UNDER]-(x2:Project)-[:LOCATED_IN|CONNECTS]->(q:Place)
  WHERE 'SHARED_PROGRAM' IN $via AND q <> p AND x1 <> x2
  WITH q, g, head(collect(properties(r1))) AS e1, head(collect(properties(r2))) AS e2
  RETURN q, 'SHARED_PROGRAM' AS via, g AS through, [e1, e2] AS rels
}
WITH id, p, q, via, through, rels
WHERE ($partner IS NULL OR q.id = $partner)
  AND (via = 'STATED' OR NOT (EXISTS { (q)-[:PART_OF*1..3]->(p) } OR EXISTS { (p)-[:PART_OF*1..3]->(q) }))
RETURN id AS key, q {.*, __label: [l IN labels(q) WHERE l <> 'Entity'][0]} AS partner, via,
  CASE WHEN through IS NULL THEN null
       ELSE through {.*, __label: [l IN labels(through) WHERE l <> 'Entity'][0]} END AS through,
  rels

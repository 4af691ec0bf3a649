// For each entity in $ids: the distinct stages its mentions carry (开工 → starting …).
UNWIND $ids AS id
MATCH (n:Entity {id: id})<-[m:MENTIONS]-(:Document)
WHERE m.stage IS NOT NULL
WITH id, m.stage AS stage ORDER BY stage
RETURN id AS key, collect(DISTINCT stage) AS stages

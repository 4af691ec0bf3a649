// For each entity in $ids: where the reports name it, newest report first, then in text order.
UNWIND $ids AS id
MATCH (n:Entity {id: id})<-[m:MENTIONS]-(d:Document)
WITH id, m, d ORDER BY d.year DESC, d.id, m.start
WITH id, collect(m {.*, document: d {.*, __label: 'Document'}})[0..$first] AS mentions
RETURN id AS key, mentions

// The places a railway (or highway, or any line) joins: each place with the division it lies in
// and the sentences that say so; sections of the line (成兰铁路绵阳段 PART_OF 成兰铁路) count too.
// :param name => '成兰铁路'
MATCH (line:Project) WHERE line.name = $name OR $name IN line.aliases
MATCH (part:Project)-[:PART_OF*0..1]->(line)
MATCH (part)-[r:CONNECTS|LOCATED_IN]->(p:Place)
OPTIONAL MATCH (p)-[:PART_OF {source: 'GB/T 2260'}]->(up:Place)
RETURN part.name AS line, type(r) AS relation, p.name AS place, p.level AS level, up.name AS within,
       r.evidenceTexts AS sentences
ORDER BY line, place;

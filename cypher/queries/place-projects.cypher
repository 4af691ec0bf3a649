// A place's projects, with those of the places inside it: which projects are located in, or
// join, 绵阳市 or any of its counties and towns (GB/T hierarchy, up to three steps down), and the
// sentences that say so.
// :param name => '绵阳市'
MATCH (p:Place {name: $name})
MATCH path = (inner:Place)-[:PART_OF*0..3]->(p)
WHERE all(h IN relationships(path) WHERE h.source = 'GB/T 2260')
MATCH (j:Project)-[r:LOCATED_IN|CONNECTS]->(inner)
RETURN j.name AS project, j.kind AS kind, type(r) AS relation, inner.name AS place, r.evidenceTexts AS sentences
ORDER BY place, project;

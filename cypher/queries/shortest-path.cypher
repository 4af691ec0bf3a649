// How two places are linked by what the reports state: the shortest path between them over fact
// relationships only (projects joining them, cooperation, shared programmes or sectors; the
// administrative hierarchy left out, or every pair of cities would meet at their province),
// with the sentence behind each step.
// :param from => '自贡市'
// :param to => '绵阳市'
MATCH (a:Place {name: $from}), (b:Place {name: $to})
MATCH path = shortestPath((a)-[*..8]-(b))
WHERE all(r IN relationships(path) WHERE r.evidenceDocs IS NOT NULL)
RETURN [n IN nodes(path) | n.name] AS names,
       [r IN relationships(path) | type(r)] AS relations,
       [r IN relationships(path) | r.evidenceTexts[0]] AS sentences;

// Everything one report states: the facts whose evidence cites it, with the sentence, by type.
// :param title => '绵阳市政府工作报告'
MATCH (d:Document) WHERE d.title CONTAINS $title
MATCH (a)-[r]->(b) WHERE d.id IN r.evidenceDocs
UNWIND [i IN range(0, size(r.evidenceDocs) - 1) WHERE r.evidenceDocs[i] = d.id] AS i
RETURN type(r) AS relation, a.name AS from, b.name AS to, r.evidenceSentences[i] AS sentence, r.evidenceTexts[i] AS text
ORDER BY sentence, relation;

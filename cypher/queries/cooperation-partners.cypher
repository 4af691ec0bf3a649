// A city's cooperation partners (places or regions), one row per sentence that states the
// cooperation, with the report it comes from: who says 绵阳市 works with whom, and where.
// :param name => '绵阳市'
MATCH (p:Place {name: $name})-[r:COOPERATES_WITH]-(partner)
UNWIND range(0, size(r.evidenceDocs) - 1) AS i
OPTIONAL MATCH (d:Document {id: r.evidenceDocs[i]})
RETURN partner.name AS partner, [l IN labels(partner) WHERE l <> 'Entity'][0] AS kind,
       d.title AS report, d.year AS year, r.evidenceTexts[i] AS sentence
ORDER BY partner, year, sentence;

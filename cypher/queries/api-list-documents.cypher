// A page of documents, newest first: by year and by issuing place code.
// Properties named one by one: `sentences` (the whole report's text) stays in the graph.
MATCH (d:Document)
WHERE ($year IS NULL OR d.year = $year) AND ($issuer IS NULL OR d.issuerCode = $issuer)
WITH d ORDER BY d.date DESC, d.year DESC, d.title, d.id
WITH collect(d) AS rows
RETURN size(rows) AS total, [x IN rows[$skip..$skip + $limit] | x {.id, .title, .path, .issuerCode, .issuerName, .date, .year, .chars, .sentenceCount, __label: 'Document'}] AS nodes

// For each entity in $ids: where the reports name it, newest report first, then in text order.
// The sentence's text is read from the document's sentence list; the document travels without it.
UNWIND $ids AS id
MATCH (n:Entity {id: id})<-[m:MENTIONS]-(d:Document)
WITH id, m, d ORDER BY d.year DESC, d.id, m.start
WITH id, collect(m {.*, text: d.sentences[m.sentence], document: d {.id, .title, .path, .issuerCode, .issuerName, .date, .year, .chars, .sentenceCount, __label: 'Document'}})[0..$first] AS mentions
RETURN id AS key, mentions

// Documents by id, batched ($ids).
// Properties named one by one: `sentences` (the whole report's text) stays in the graph.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id AS key, d {.id, .title, .path, .issuerCode, .issuerName, .date, .year, .chars, .sentenceCount, __label: 'Document'} AS node

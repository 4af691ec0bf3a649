// Documents by id, batched ($ids).
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id AS key, d {.*, __label: 'Document'} AS node

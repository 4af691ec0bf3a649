// Entities by id, batched ($ids): one row per id found.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id AS key, n {.*, __label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS node

// A shortest chain of facts between two entities over the relationship types in $types. The
// bound 6 is the API's hard limit; the API compares the length with the caller's maxHops.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[rs*..6]-(b))
WHERE all(r IN rs WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n {.*, __label: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, rel: properties(r)}] AS rels

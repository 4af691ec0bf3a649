// Full-text search over names and aliases (index entityNames, cjk analyzer). $lucene is built
// from the user's text with every Lucene operator escaped. Exact names and aliases come first,
// then names that start with the text, then by score.
CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: 200}) YIELD node, score
WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
WITH node, score,
  CASE WHEN node.name = $text OR $text IN coalesce(node.aliases, []) THEN 0
       WHEN node.name STARTS WITH $text THEN 1 ELSE 2 END AS rank
ORDER BY rank, score DESC, size(node.name), node.id
LIMIT $first
RETURN node {.*, __label: [l IN labels(node) WHERE l <> 'Entity'][0]} AS node, score

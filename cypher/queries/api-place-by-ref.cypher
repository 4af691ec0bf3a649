// A place for each reference in $ids: its id, code or official name (index seeks), else, only
// when none of those matches, an alias (江油 → 江油市). Among equals the higher level wins, then
// the smaller code.
UNWIND $ids AS ref
OPTIONAL MATCH (e:Place) WHERE e.id = ref OR e.code = ref OR e.name = ref
WITH ref, e
ORDER BY CASE WHEN e.id = ref OR e.code = ref THEN 0 ELSE 1 END,
  CASE e.level WHEN 'province' THEN 0 WHEN 'city' THEN 1 WHEN 'county' THEN 2 WHEN 'town' THEN 3 ELSE 4 END,
  e.code
WITH ref, head(collect(e)) AS exact
CALL (ref, exact) {
  WITH ref, exact WHERE exact IS NULL
  MATCH (p:Place) WHERE ref IN coalesce(p.aliases, [])
  RETURN p
  ORDER BY CASE p.level WHEN 'province' THEN 0 WHEN 'city' THEN 1 WHEN 'county' THEN 2 WHEN 'town' THEN 3 ELSE 4 END, p.code
  LIMIT 1
  UNION
  WITH exact WHERE exact IS NOT NULL
  RETURN exact AS p
}
RETURN ref AS key, p {.*, __label: 'Place'} AS node

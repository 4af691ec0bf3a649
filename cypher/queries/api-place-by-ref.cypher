// A place for each reference in $ids: its id, code, official name or an alias, in that order of
// trust; among equals the higher level wins (江油 → 江油市), then the smaller code.
UNWIND $ids AS ref
CALL (ref) {
  MATCH (p:Place) WHERE p.id = ref OR p.code = ref OR p.name = ref OR ref IN coalesce(p.aliases, [])
  WITH p, CASE WHEN p.id = ref OR p.code = ref THEN 0 WHEN p.name = ref THEN 1 ELSE 2 END AS trust
  ORDER BY trust,
    CASE p.level WHEN 'province' THEN 0 WHEN 'city' THEN 1 WHEN 'county' THEN 2 WHEN 'town' THEN 3 ELSE 4 END,
    p.code
  LIMIT 1
  RETURN p
}
RETURN ref AS key, p {.*, __label: 'Place'} AS node

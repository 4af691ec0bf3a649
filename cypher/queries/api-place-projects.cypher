// For each place in $ids: projects located in or joining it; when $sub, also those of every
// place within it (county, town: PART_OF up to three steps), each with the place it is at.
UNWIND $ids AS id
MATCH (pl:Place {id: id})
CALL (pl) {
  MATCH (pl)<-[r:LOCATED_IN|CONNECTS]-(p:Project)
  RETURN p, r, pl AS at
  UNION
  MATCH (pl)<-[:PART_OF*1..3]-(sub:Place)<-[r:LOCATED_IN|CONNECTS]-(p:Project)
  WHERE $sub
  RETURN p, r, sub AS at
}
WITH id, p, r, at ORDER BY p.name, at.code, type(r)
WITH id, collect({project: p {.*, __label: 'Project'}, place: at {.*, __label: 'Place'}, type: type(r), rel: properties(r)})[0..$first] AS links
RETURN id AS key, links

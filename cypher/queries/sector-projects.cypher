// The projects of a sector across cities: for 新能源 (its sub-sectors included), each city with
// the projects in it, busiest city first.
// :param sector => '新能源'
MATCH (s:Sector) WHERE s.name = $sector OR $sector IN s.aliases
MATCH (sub:Sector)-[:PART_OF*0..2]->(s)
MATCH (j:Project)-[:IN_SECTOR]->(sub)
OPTIONAL MATCH (j)-[:LOCATED_IN|CONNECTS]->(:Place)-[:PART_OF*0..2]->(city:Place {level: 'city'})
WITH coalesce(city.name, '(no city)') AS city, collect(DISTINCT j.name) AS projects
RETURN city, size(projects) AS count, projects
ORDER BY count DESC, city;

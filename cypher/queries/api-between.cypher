// Sectors that projects located in or joining place $a share with projects of place $b.
MATCH (a:Place:Entity {id: $a}), (b:Place:Entity {id: $b})
RETURN COLLECT {
  MATCH (a)<-[:LOCATED_IN|CONNECTS]-(:Project)-[:IN_SECTOR]->(s:Sector)<-[:IN_SECTOR]-(:Project)-[:LOCATED_IN|CONNECTS]->(b)
  RETURN DISTINCT s {.*, __label: 'Sector'} ORDER BY s.name
} AS sectors

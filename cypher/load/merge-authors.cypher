// Links papers to their authors, keeping the author order.
// @param rows = [{"paper": "2305.18290", "name": "Rafael Rafailov", "position": 0}]
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
USING INDEX p:Paper(id)
MERGE (a:Author {name: row.name})
CREATE (p)-[:AUTHORED_BY {position: row.position}]->(a);

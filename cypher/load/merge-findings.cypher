// Creates the findings of papers and links each to its paper. retract-papers took the papers' old findings away
// first, so each finding is new and its REPORTS edge is created, not merged.
// @param rows = [{"paper": "2305.18290", "id": "2305.18290#4", "props": {"id": "2305.18290#4", "text": "DPO improves win rate by 5%."}}]
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
USING INDEX p:Paper(id)
MERGE (f:Finding {id: row.id})
SET f += row.props
CREATE (p)-[:REPORTS]->(f);

// Links papers to the entities they mention, with the provenance of every mention on the edge. ENTITY_LABEL and
// PAPER_EDGE are replaced from the graph model's allow-list before the statement runs.
// @param rows = [{"paper": "2305.18290", "key": "dpo", "props": {"sentences": [1], "rules": ["dict:dpo"], "evidence": "We propose DPO."}}]
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
USING INDEX p:Paper(id)
MATCH (n:ENTITY_LABEL {key: row.key})
USING INDEX n:ENTITY_LABEL(key)
CREATE (p)-[r:PAPER_EDGE]->(n)
SET r += row.props;

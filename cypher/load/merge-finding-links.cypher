// Links findings to the entities they are about (ABOUT) or the metric that measures them (MEASURED_BY). The
// findings were created by this batch (merge-findings, after retract-papers took the old ones away) and the loader
// sends each link once, so CREATE makes the same graph as MERGE without checking the entity's many edges.
// ENTITY_LABEL and FINDING_EDGE are replaced from the graph model's allow-list before the statement runs.
// @param rows = [{"finding": "2305.18290#4", "key": "dpo"}]
UNWIND $rows AS row
MATCH (f:Finding {id: row.finding})
USING INDEX f:Finding(id)
MATCH (n:ENTITY_LABEL {key: row.key})
USING INDEX n:ENTITY_LABEL(key)
CREATE (f)-[:FINDING_EDGE]->(n);

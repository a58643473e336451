// Creates or updates papers by id; every property comes from the row.
// @param rows = [{"id": "2305.18290", "props": {"id": "2305.18290", "title": "Direct Preference Optimization"}}]
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
SET p += row.props;

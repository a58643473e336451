// Creates or updates entities of one label by key. Several papers may describe the same entity a little
// differently ("Mistral 7B", "Mistral-7B"; a name one paper coined and the dictionary also knows). The row that
// wins does not depend on the order papers were loaded in: the dictionary's (local = false) before a coined name,
// then the smallest name. Properties written under other rules always give way to the current rules'.
// ENTITY_LABEL is replaced by a label of the graph model's allow-list (Method, Model, Dataset, Task, Metric).
// @param rows = [{"key": "dpo", "props": {"key": "dpo", "name": "DPO", "local": false, "rulesHash": "0123"}}]
UNWIND $rows AS row
MERGE (n:ENTITY_LABEL {key: row.key})
SET n += CASE
  WHEN n.name IS NULL OR n.rulesHash <> row.props.rulesHash THEN row.props
  WHEN n.local AND NOT row.props.local THEN row.props
  WHEN n.local = row.props.local AND row.props.name < n.name THEN row.props
  ELSE {}
END;

// Creates the findings of papers, links each to its paper (REPORTS), to the methods, models and datasets it is
// about (ABOUT) and to its metric (MEASURED_BY). retract-papers took the papers' old findings away first, so each
// finding is new and its edges are created, not merged. The links are made here rather than in a statement of
// their own because looking up, in a later statement, findings created earlier in the same transaction was
// the slowest step of a batch on Neo4j 3.1 (docs/performance.md).
// @param rows = [{"paper": "2305.18290", "props": {"id": "2305.18290#4", "text": "DPO improves win rate by 5%."}, "methods": ["dpo"], "models": [], "datasets": [], "metric": "win-rate"}]
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
USING INDEX p:Paper(id)
CREATE (f:Finding)
SET f = row.props
CREATE (p)-[:REPORTS]->(f)
WITH f, row
OPTIONAL MATCH (m:Method)
USING INDEX m:Method(key)
WHERE m.key IN row.methods
WITH f, row, collect(m) AS methods
OPTIONAL MATCH (o:Model)
USING INDEX o:Model(key)
WHERE o.key IN row.models
WITH f, row, methods, collect(o) AS models
OPTIONAL MATCH (d:Dataset)
USING INDEX d:Dataset(key)
WHERE d.key IN row.datasets
WITH f, row, methods, models, collect(d) AS datasets
OPTIONAL MATCH (x:Metric)
USING INDEX x:Metric(key)
WHERE x.key = row.metric
WITH f, methods, models, datasets, collect(x) AS metrics
FOREACH (n IN methods | CREATE (f)-[:ABOUT]->(n))
FOREACH (n IN models | CREATE (f)-[:ABOUT]->(n))
FOREACH (n IN datasets | CREATE (f)-[:ABOUT]->(n))
FOREACH (n IN metrics | CREATE (f)-[:MEASURED_BY]->(n));

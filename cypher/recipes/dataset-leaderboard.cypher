// @recipe dataset-leaderboard
// Numeric findings about a dataset, as a leaderboard: value, unit, metric, the methods and models the finding is about, and the paper.
// The dataset is matched by name or key, case-insensitively.
// @param dataset: string = "GSM8K"
// @param limit: int = 25
// @example ./ftg recipes run dataset-leaderboard --param dataset=GSM8K
MATCH (p:Paper)-[:REPORTS]->(f:Finding)-[:ABOUT]->(d:Dataset)
WHERE (toLower(d.name) = toLower($dataset) OR d.key = toLower($dataset)) AND f.value IS NOT NULL
OPTIONAL MATCH (f)-[:MEASURED_BY]->(x:Metric)
OPTIONAL MATCH (f)-[:ABOUT]->(m:Method)
OPTIONAL MATCH (f)-[:ABOUT]->(o:Model)
WITH p, f, x, collect(DISTINCT m.name) AS methods, collect(DISTINCT o.name) AS models
RETURN f.value AS value, f.unit AS unit, x.name AS metric, methods, models, p.id AS paper, f.text AS finding
ORDER BY value DESC, paper
LIMIT $limit;

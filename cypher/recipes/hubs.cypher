// @recipe hubs
// The most connected methods, datasets and models (hubs): relationships of every type, and the papers that name them.
// @param limit: int = 20
// @example ./ftg recipes run hubs --param limit=10
MATCH (n)-[r]-()
WHERE n:Method OR n:Dataset OR n:Model
WITH n, count(r) AS degree
OPTIONAL MATCH (p:Paper)-[:USES|PROPOSES|USES_DATASET|USES_MODEL]->(n)
WITH n, degree, count(DISTINCT p) AS papers
RETURN labels(n)[0] AS label, n.name AS name, degree, papers
ORDER BY degree DESC, name
LIMIT $limit;

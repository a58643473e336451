// @recipe long-tail-datasets
// The long tail: datasets only one paper names, with that paper.
// @param limit: int = 50
// @example ./ftg recipes run long-tail-datasets --param limit=20
MATCH (p:Paper)-[r:USES_DATASET]->(d:Dataset)
WITH d, collect(p) AS papers, collect(r.evidence) AS evidence
WHERE size(papers) = 1
RETURN d.name AS dataset, papers[0].id AS paper, papers[0].title AS title, evidence[0] AS evidence
ORDER BY dataset
LIMIT $limit;

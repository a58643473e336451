// @recipe method-dataset-matrix
// The method × dataset matrix: the pairs supported by the most papers (evaluated on or trained on, each paper counted once).
// @param limit: int = 25
// @example ./ftg recipes run method-dataset-matrix --param limit=10
MATCH (m:Method)-[r:EVALUATED_ON|TRAINED_ON]->(d:Dataset)
UNWIND r.papers AS paper
WITH m, d, collect(DISTINCT paper) AS paperIds, collect(DISTINCT type(r)) AS relations
RETURN m.name AS method, d.name AS dataset, size(paperIds) AS papers, relations, paperIds
ORDER BY papers DESC, method, dataset
LIMIT $limit;

// @recipe methods-evaluated-on-dataset
// Which methods were evaluated on a dataset, by how many papers, with one sentence that says so.
// The dataset is matched by name or key, case-insensitively.
// @param dataset: string = "GSM8K"
// @example ./ftg recipes run methods-evaluated-on-dataset --param dataset=GSM8K
MATCH (m:Method)-[r:EVALUATED_ON]->(d:Dataset)
WHERE toLower(d.name) = toLower($dataset) OR d.key = toLower($dataset)
RETURN m.name AS method, d.name AS dataset, r.count AS papers, r.papers AS paperIds, r.evidence AS evidence
ORDER BY papers DESC, method;

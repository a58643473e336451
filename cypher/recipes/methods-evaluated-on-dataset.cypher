// Which methods were evaluated on a dataset (GSM8K by default), by how many papers, with one sentence that says so.
// @param dataset = "GSM8K"
MATCH (m:Method)-[r:EVALUATED_ON]->(d:Dataset)
WHERE toLower(d.name) = toLower($dataset) OR d.key = toLower($dataset)
RETURN m.name AS method, r.count AS papers, r.papers AS paperIds, r.evidence AS evidence
ORDER BY papers DESC, method;

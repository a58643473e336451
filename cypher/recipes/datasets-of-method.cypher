// @recipe datasets-of-method
// Which datasets a method was evaluated (or trained) on, by how many papers, with one sentence that says so.
// The method is matched by name or key, case-insensitively.
// @param method: string = "DPO"
// @example ./ftg recipes run datasets-of-method --param method=DPO
MATCH (m:Method)-[r:EVALUATED_ON|TRAINED_ON]->(d:Dataset)
WHERE toLower(m.name) = toLower($method) OR m.key = toLower($method)
RETURN d.name AS dataset, type(r) AS relation, r.count AS papers, r.papers AS paperIds, r.evidence AS evidence
ORDER BY papers DESC, dataset, relation;

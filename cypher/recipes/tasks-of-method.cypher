// @recipe tasks-of-method
// The tasks addressed by the papers that use or propose a method, by number of papers.
// The method is matched by name or key, case-insensitively.
// @param method: string = "DPO"
// @example ./ftg recipes run tasks-of-method --param method=DPO
MATCH (m:Method)<-[:USES|PROPOSES]-(p:Paper)-[:ADDRESSES]->(t:Task)
WHERE toLower(m.name) = toLower($method) OR m.key = toLower($method)
RETURN t.name AS task, count(DISTINCT p) AS papers, collect(DISTINCT p.id) AS paperIds
ORDER BY papers DESC, task;

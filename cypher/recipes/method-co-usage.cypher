// @recipe method-co-usage
// Methods used together: pairs of methods named by the same papers, weighted by the number of papers (the co-usage network).
// @param minPapers: int = 2
// @param limit: int = 50
// @example ./ftg recipes run method-co-usage --param minPapers=3
MATCH (a:Method)<-[:USES|PROPOSES]-(p:Paper)-[:USES|PROPOSES]->(b:Method)
WHERE a.key < b.key
WITH a, b, collect(DISTINCT p.id) AS paperIds
WHERE size(paperIds) >= $minPapers
RETURN a.name AS method, b.name AS otherMethod, size(paperIds) AS weight, paperIds
ORDER BY weight DESC, method, otherMethod
LIMIT $limit;

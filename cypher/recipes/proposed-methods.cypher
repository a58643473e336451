// @recipe proposed-methods
// The methods each paper proposes, with the sentence and the rule that marked each proposal.
// @param limit: int = 25
// @example ./ftg recipes run proposed-methods --param limit=10
MATCH (p:Paper)-[r:PROPOSES]->(m:Method)
WITH p, m, r
ORDER BY m.name
RETURN p.id AS paper, p.title AS title, collect(m.name) AS methods, collect(r.evidence) AS evidence, collect(r.rules[0]) AS rules
ORDER BY paper
LIMIT $limit;

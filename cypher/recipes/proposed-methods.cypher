// Which papers propose which methods, with the sentence and the rule that marked each proposal.
// @param limit = 25
MATCH (p:Paper)-[r:PROPOSES]->(m:Method)
RETURN p.title AS paper, m.name AS method, r.evidence AS evidence, r.rules[0] AS rule
ORDER BY paper, method
LIMIT $limit;

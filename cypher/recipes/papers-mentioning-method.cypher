// @recipe papers-mentioning-method
// Every paper mentioning a method: how it is written there, the evidence sentence, and the rules that matched.
// The method is matched by name or key, case-insensitively.
// @param method: string = "LoRA"
// @example ./ftg recipes run papers-mentioning-method --param method=LoRA
MATCH (p:Paper)-[r:USES|PROPOSES]->(m:Method)
WHERE toLower(m.name) = toLower($method) OR m.key = toLower($method)
RETURN p.id AS paper, p.title AS title, type(r) AS relation, r.surfaces AS surfaces, r.evidence AS evidence, r.rules AS rules
ORDER BY paper;

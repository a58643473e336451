// @recipe models-of-method
// The models a method was applied to, by how many papers, with one sentence that says so.
// The method is matched by name or key, case-insensitively.
// @param method: string = "LoRA"
// @example ./ftg recipes run models-of-method --param method=LoRA
MATCH (m:Method)-[r:APPLIED_TO]->(o:Model)
WHERE toLower(m.name) = toLower($method) OR m.key = toLower($method)
RETURN o.name AS model, o.family AS family, r.count AS papers, r.papers AS paperIds, r.evidence AS evidence
ORDER BY papers DESC, model;

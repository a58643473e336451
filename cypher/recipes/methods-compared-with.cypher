// @recipe methods-compared-with
// The methods compared with a method, which way (subject OUTPERFORMS object, or COMPARED_WITH), and in which papers.
// The method is matched by name or key, case-insensitively.
// @param method: string = "DPO"
// @example ./ftg recipes run methods-compared-with --param method=DPO
MATCH (m:Method)-[r:COMPARED_WITH|OUTPERFORMS]-(other:Method)
WHERE toLower(m.name) = toLower($method) OR m.key = toLower($method)
RETURN other.name AS otherMethod, startNode(r).name AS subject, type(r) AS relation, endNode(r).name AS object,
       r.count AS papers, r.papers AS paperIds, r.evidence AS evidence
ORDER BY papers DESC, otherMethod, relation;

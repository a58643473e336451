// Takes back what earlier builds extracted from these papers, before they are loaded again: their share of the
// aggregated relations between entities (the edge goes when no paper supports it any more), their findings, and
// their edges to entities and authors. Entities left without edges are removed at the end of the build.
// @param ids = ["2305.18290"]
MATCH (p:Paper)-[:PROPOSES|USES]->(:Method)-[r:EVALUATED_ON|TRAINED_ON|APPLIED_TO|COMPARED_WITH|OUTPERFORMS]-()
USING INDEX p:Paper(id)
WHERE p.id IN $ids
WITH DISTINCT r
// The edge's write lock before its lists are read (see merge-claims.cypher).
SET r.count = coalesce(r.count, 0)
WITH r
WITH r, [i IN range(0, size(r.papers) - 1) WHERE NOT r.papers[i] IN $ids] AS keep
WITH r, [i IN keep | r.papers[i]] AS papers, [i IN keep | r.evidences[i]] AS evidences
SET r.papers = papers, r.evidences = evidences, r.count = size(papers), r.evidence = head(evidences)
WITH r
WHERE r.count = 0
DELETE r;

UNWIND $ids AS id
MATCH (p:Paper {id: id})-[:REPORTS]->(f:Finding)
USING INDEX p:Paper(id)
DETACH DELETE f;

UNWIND $ids AS id
MATCH (p:Paper {id: id})-[r]->()
USING INDEX p:Paper(id)
DELETE r;

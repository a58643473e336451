// @recipe graph-overview
// What is in the graph: nodes per label, relationships per type, and the latest builds (Ingest runs) with the papers they loaded.
// Run it first to see whether a build loaded anything.
// @param runs: int = 5
// @example ./ftg recipes run graph-overview --param runs=3
MATCH (n)
UNWIND labels(n) AS label
RETURN 'label' AS kind, label AS name, count(*) AS count, null AS detail
UNION ALL
MATCH ()-[r]->()
RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count, null AS detail
UNION ALL
MATCH (i:Ingest)
WITH i
ORDER BY i.startedAt DESC
LIMIT $runs
RETURN 'ingest' AS kind, i.id AS name, i.papers AS count, i.status + ' (' + coalesce(i.trigger, 'build') + ')' AS detail;

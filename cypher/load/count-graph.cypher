// Nodes per label and relationships per type: the state a build's diff is measured against.
MATCH (n)
UNWIND labels(n) AS label
RETURN 'node' AS kind, label AS name, count(*) AS count
UNION ALL
MATCH ()-[r]->()
RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count;

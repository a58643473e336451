// Every node of the graph model with all its properties (build records and the worker's ledger left out): what a fingerprint hashes.
MATCH (n)
WHERE NOT n:Ingest AND NOT n:SourceFile
RETURN labels(n) AS labels, properties(n) AS props;

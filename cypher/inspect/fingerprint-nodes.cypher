// Every node of the graph model with all its properties (build records left out): what a fingerprint hashes.
MATCH (n)
WHERE NOT n:Ingest
RETURN labels(n) AS labels, properties(n) AS props;

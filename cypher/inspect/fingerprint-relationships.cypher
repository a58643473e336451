// Every relationship with the keys of its ends and all its properties: what a fingerprint hashes.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, head(labels(a)) AS fromLabel, coalesce(a.key, a.id, a.name) AS fromKey,
       head(labels(b)) AS toLabel, coalesce(b.key, b.id, b.name) AS toKey, properties(r) AS props;

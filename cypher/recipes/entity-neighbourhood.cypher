// @recipe entity-neighbourhood
// The neighbourhood of an entity (method, model, dataset, task, metric by name or key; or a paper by id), up to two
// steps away, as paths for Neo4j Browser to draw. Each path adds at most two nodes, so the default limit of 100 paths
// stays under the Browser's 300-node display limit.
// @param name: string = "GSM8K"
// @param limit: int = 100
// @example ./ftg recipes run entity-neighbourhood --param name=GSM8K --param limit=50
MATCH (e)
WHERE ((e:Method OR e:Model OR e:Dataset OR e:Task OR e:Metric) AND (toLower(e.name) = toLower($name) OR e.key = toLower($name)))
   OR (e:Paper AND e.id = $name)
MATCH path = (e)-[*1..2]-(n)
WHERE NOT n:Ingest AND NOT n:SourceFile
RETURN path
LIMIT $limit;

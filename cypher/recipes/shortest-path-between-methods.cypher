// @recipe shortest-path-between-methods
// The shortest connection between two methods through papers, datasets, models or other methods (at most 8 steps).
// Methods are matched by name or key, case-insensitively. Returns the path, for Neo4j Browser to draw, and its steps.
// @param from: string = "DPO"
// @param to: string = "LoRA"
// @example ./ftg recipes run shortest-path-between-methods --param from=DPO --param to=LoRA
MATCH (a:Method)
WHERE toLower(a.name) = toLower($from) OR a.key = toLower($from)
MATCH (b:Method)
WHERE (toLower(b.name) = toLower($to) OR b.key = toLower($to)) AND a <> b
// Untyped, filtered by the labels it may pass: Neo4j 3.1 on Java 17 fails typed shortestPath expansions.
MATCH path = shortestPath((a)-[*..8]-(b))
WHERE all(n IN nodes(path) WHERE n:Method OR n:Paper OR n:Dataset OR n:Model)
RETURN length(path) AS hops,
       [n IN nodes(path) | coalesce(n.name, n.id)] AS steps,
       [r IN relationships(path) | type(r)] AS relations,
       path;

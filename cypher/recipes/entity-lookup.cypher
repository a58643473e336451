// @recipe entity-lookup
// Find an entity by any of its names: its key, its name, or any way a paper wrote it (alias), case-insensitively.
// Returns the label, key, name, every alias seen (in alphabetical order), and how many papers name it.
// @param alias: string = "low-rank adaptation"
// @example ./ftg recipes run entity-lookup --param alias="low-rank adaptation"
MATCH (:Paper)-[r]->(e)
WHERE (e:Method OR e:Model OR e:Dataset OR e:Task OR e:Metric)
  AND (toLower(e.name) = toLower($alias) OR toLower(e.key) = toLower($alias)
       OR any(s IN coalesce(r.surfaces, []) WHERE toLower(s) = toLower($alias)))
WITH DISTINCT e
MATCH (p:Paper)-[r]->(e)
UNWIND coalesce(r.surfaces, [e.name]) AS surface
WITH e, p, surface
ORDER BY surface
RETURN labels(e)[0] AS label, e.key AS key, e.name AS name, collect(DISTINCT surface) AS aliases, count(DISTINCT p) AS papers
ORDER BY papers DESC, name;

// Removes nodes of one label that no edge reaches any more (a rule change or a changed paper took their last
// mention away). ENTITY_LABEL is replaced from the graph model's allow-list (entities and Author).
MATCH (n:ENTITY_LABEL)
WHERE NOT (n)--()
DELETE n
RETURN count(*) AS removed;

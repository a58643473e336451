// What is in the graph: how many nodes carry each label?
// Run it first to see whether a build loaded anything.
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS nodes
ORDER BY nodes DESC, label;

// How many nodes carry one label: the state a build's diff is measured against. NODE_LABEL is replaced from the
// graph model's allow-list; a count by label alone is answered from the store's counts, whatever the graph's size.
MATCH (n:NODE_LABEL)
RETURN count(n) AS count;

// How many relationships have one type: the state a build's diff is measured against. RELATIONSHIP_TYPE is
// replaced from the graph model's allow-list; a count by type alone is answered from the store's counts.
MATCH ()-[r:RELATIONSHIP_TYPE]->()
RETURN count(r) AS count;

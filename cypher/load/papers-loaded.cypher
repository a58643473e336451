// Which of these papers are in the graph, and from which text and rules they were built.
// @param ids = ["2305.18290"]
UNWIND $ids AS id
MATCH (p:Paper {id: id})
USING INDEX p:Paper(id)
RETURN p.id AS id, p.contentHash AS contentHash, p.rulesHash AS rulesHash;

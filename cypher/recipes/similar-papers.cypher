// @recipe similar-papers
// The papers most similar to a paper (by id): how many methods, datasets and models they share, and which.
// @param paper: string = "lora-vs-full-fine-tuning-an-illusion-of-equivalence"
// @param limit: int = 10
// @example ./ftg recipes run similar-papers --param paper=lora-vs-full-fine-tuning-an-illusion-of-equivalence --param limit=5
MATCH (p:Paper {id: $paper})-[:USES|PROPOSES|USES_DATASET|USES_MODEL]->(e)<-[:USES|PROPOSES|USES_DATASET|USES_MODEL]-(other:Paper)
WHERE other <> p
WITH other, collect(DISTINCT e) AS shared
RETURN other.id AS paper, other.title AS title, size(shared) AS sharedCount,
       [e IN shared WHERE e:Method | e.name] AS methods,
       [e IN shared WHERE e:Dataset | e.name] AS datasets,
       [e IN shared WHERE e:Model | e.name] AS models
ORDER BY sharedCount DESC, paper
LIMIT $limit;

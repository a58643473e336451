// Adds papers' support to an aggregated relation between two entities. The edge keeps the supporting paper ids in
// order (papers), one evidence sentence per paper (evidences), their count, and the evidence of the first paper,
// so the result does not depend on the order papers were loaded in. Each row is one edge: the loader groups the
// papers of a batch. FROM_LABEL, TO_LABEL and CLAIM_TYPE are replaced from the graph model's allow-list.
// @param rows = [{"from": "dpo", "to": "gsm8k", "papers": ["2305.18290"], "evidences": ["We evaluate DPO on GSM8K."]}]
UNWIND $rows AS row
MATCH (a:FROM_LABEL {key: row.from})
MATCH (b:TO_LABEL {key: row.to})
MERGE (a)-[r:CLAIM_TYPE]->(b)
WITH r, row, coalesce(r.papers, []) AS oldPapers, coalesce(r.evidences, []) AS oldEvidences
UNWIND range(0, size(oldPapers) + size(row.papers) - 1) AS i
WITH r,
     CASE WHEN i < size(oldPapers) THEN oldPapers[i] ELSE row.papers[i - size(oldPapers)] END AS paper,
     CASE WHEN i < size(oldPapers) THEN oldEvidences[i] ELSE row.evidences[i - size(oldPapers)] END AS evidence
WITH r, paper, head(collect(evidence)) AS evidence
ORDER BY paper
WITH r, collect(paper) AS papers, collect(evidence) AS evidences
SET r.papers = papers, r.evidences = evidences, r.count = size(papers), r.evidence = head(evidences);

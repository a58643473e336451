// Adds papers' support to an aggregated relation between two entities. The edge keeps the supporting paper ids in
// order (papers), one evidence sentence per paper (evidences), their count, and the evidence of the first paper,
// so the result does not depend on the order papers were loaded in. Each row is one edge: the loader groups the
// papers of a batch, sorted. When they all sort after the papers the edge already has (a new edge; a corpus read in
// id order), the lists are appended; otherwise they are merged and sorted row by row, which costs a row per paper.
// FROM_LABEL, TO_LABEL and CLAIM_TYPE are replaced from the graph model's allow-list.
// @param rows = [{"from": "dpo", "to": "gsm8k", "papers": ["2305.18290"], "evidences": ["We evaluate DPO on GSM8K."]}]
UNWIND $rows AS row
MATCH (a:FROM_LABEL {key: row.from})
USING INDEX a:FROM_LABEL(key)
MATCH (b:TO_LABEL {key: row.to})
USING INDEX b:TO_LABEL(key)
MERGE (a)-[r:CLAIM_TYPE]->(b)
// Written first to take the edge's write lock: read without it, papers and evidences could come from two different
// commits of a concurrent build, and the lists would no longer line up.
SET r.count = coalesce(r.count, 0)
WITH r, row, coalesce(r.papers, []) AS oldPapers, coalesce(r.evidences, []) AS oldEvidences
WITH r, row, oldPapers, oldEvidences, size(oldPapers) = 0 OR last(oldPapers) < head(row.papers) AS appends
FOREACH (_ IN CASE WHEN appends THEN [1] ELSE [] END |
  SET r.papers = oldPapers + row.papers, r.evidences = oldEvidences + row.evidences,
      r.count = size(oldPapers) + size(row.papers), r.evidence = head(oldEvidences + row.evidences))
WITH r, row, oldPapers, oldEvidences
WHERE NOT appends
UNWIND range(0, size(oldPapers) + size(row.papers) - 1) AS i
WITH r,
     CASE WHEN i < size(oldPapers) THEN oldPapers[i] ELSE row.papers[i - size(oldPapers)] END AS paper,
     CASE WHEN i < size(oldPapers) THEN oldEvidences[i] ELSE row.evidences[i - size(oldPapers)] END AS evidence
WITH r, paper, head(collect(evidence)) AS evidence
ORDER BY paper
WITH r, collect(paper) AS papers, collect(evidence) AS evidences
SET r.papers = papers, r.evidences = evidences, r.count = size(papers), r.evidence = head(evidences);

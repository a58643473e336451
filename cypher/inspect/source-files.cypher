// The inbox worker's ledger in one row: files finished, the papers and problems they held, and when the last one finished.
MATCH (f:SourceFile)
RETURN count(f) AS files, sum(f.papers) AS papers, sum(f.problems) AS problems, max(f.finishedAt) AS lastFinishedAt;

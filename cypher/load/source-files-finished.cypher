// The inbox worker's ledger: which of these files it finished, from which content and with which rules.
// @param paths = ["/data/inbox/papers.jsonl"]
UNWIND $paths AS path
MATCH (f:SourceFile {path: path})
USING INDEX f:SourceFile(path)
RETURN f.path AS path, f.length AS length, f.lastWriteUtc AS lastWriteUtc, f.contentHash AS contentHash, f.rulesHash AS rulesHash;

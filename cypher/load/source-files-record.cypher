// Records files the inbox worker finished, so that a restart neither reads them again nor skips unfinished ones.
// @param files = [{"path": "/data/inbox/papers.jsonl", "length": 1024, "lastWriteUtc": "2026-12-03T09:00:00.000Z", "contentHash": "00ff", "rulesHash": "0123456789abcdef", "papers": 12, "problems": 0}]
// @param ingest = "2026-12-03T09:00:01.000Z-a1b2c3"
// @param finishedAt = "2026-12-03T09:00:05.000Z"
UNWIND $files AS file
MERGE (f:SourceFile {path: file.path})
SET f += file, f.ingest = $ingest, f.finishedAt = $finishedAt;

// Records the start of a build. A build that was still marked running died: it is marked interrupted.
// @param id = "2026-11-26T21:00:00Z"
// @param startedAt = "2026-11-26T21:00:00Z"
// @param rulesHash = "0123456789abcdef"
MATCH (old:Ingest {status: 'running'})
SET old.status = 'interrupted';

CREATE (:Ingest {id: $id, startedAt: $startedAt, rulesHash: $rulesHash, status: 'running'});

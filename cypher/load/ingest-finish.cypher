// Records how a build ended, what it read and loaded, and the graph diff against the state before it.
// @param id = "2026-11-26T21:00:00Z"
// @param props = {"finishedAt": "2026-11-26T21:01:00Z", "status": "completed", "papers": 86}
MATCH (i:Ingest {id: $id})
SET i += $props;

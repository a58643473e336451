// The builds still marked running that were started on this machine, with their process ids: a build whose process
// is gone is dead at once, without waiting for its heartbeat to go stale.
// @param host = "worker-1"
MATCH (i:Ingest {status: 'running'})
WHERE i.host = $host
RETURN i.id AS id, i.pid AS pid;

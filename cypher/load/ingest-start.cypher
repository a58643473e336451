// Records the start of a build. A build still marked running is dead when its process on this machine is gone
// ($deadIds) or when it has shown no sign of life since $staleBefore (killed elsewhere, or lost the server): it is
// marked interrupted. Builds alive beside this one are left alone.
// @param id = "2026-11-26T21:00:00.000Z-a1b2c3"
// @param startedAt = "2026-11-26T21:00:00.000Z"
// @param staleBefore = "2026-11-26T20:50:00.000Z"
// @param deadIds = ["2026-11-26T20:59:00.000Z-d4e5f6"]
// @param rulesHash = "0123456789abcdef"
// @param trigger = "build"
// @param inputs = ["data/"]
// @param host = "worker-1"
// @param pid = 4242
MATCH (old:Ingest {status: 'running'})
WHERE old.id IN $deadIds OR coalesce(old.heartbeatAt, old.startedAt) < $staleBefore
SET old.status = 'interrupted';

CREATE (:Ingest {id: $id, startedAt: $startedAt, heartbeatAt: $startedAt, rulesHash: $rulesHash, status: 'running',
                 trigger: $trigger, inputs: $inputs, host: $host, pid: $pid});

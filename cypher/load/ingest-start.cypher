// Records the start of a build. A build still marked running that has shown no sign of life since $staleBefore
// died (its process was killed or lost the server): it is marked interrupted. Builds alive beside this one are left alone.
// @param id = "2026-11-26T21:00:00.000Z-a1b2c3"
// @param startedAt = "2026-11-26T21:00:00.000Z"
// @param staleBefore = "2026-11-26T20:50:00.000Z"
// @param rulesHash = "0123456789abcdef"
// @param trigger = "build"
// @param inputs = ["data/"]
MATCH (old:Ingest {status: 'running'})
WHERE coalesce(old.heartbeatAt, old.startedAt) < $staleBefore
SET old.status = 'interrupted';

CREATE (:Ingest {id: $id, startedAt: $startedAt, heartbeatAt: $startedAt, rulesHash: $rulesHash, status: 'running',
                 trigger: $trigger, inputs: $inputs});

// The latest builds, newest first: who ran them (build or watch), how they ended, what they read and loaded.
// @param limit = 10
MATCH (i:Ingest)
RETURN i.id AS id, i.trigger AS trigger, i.status AS status, i.startedAt AS startedAt, i.finishedAt AS finishedAt,
       i.heartbeatAt AS heartbeatAt, i.inputs AS inputs, i.files AS files, i.papersRead AS papersRead, i.papers AS papersLoaded,
       i.papersSkipped AS papersSkipped, i.papersFailed AS papersFailed, i.readProblems AS readProblems,
       i.diffNames AS diffNames, i.diffChanges AS diffChanges
ORDER BY i.startedAt DESC
LIMIT $limit;

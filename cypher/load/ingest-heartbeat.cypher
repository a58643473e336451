// Marks a running build alive, with its progress so far, so that other builds do not take it for dead.
// @param id = "2026-11-26T21:00:00.000Z-a1b2c3"
// @param heartbeatAt = "2026-11-26T21:00:05.000Z"
// @param papersRead = 1000
// @param papers = 950
MATCH (i:Ingest {id: $id})
SET i.heartbeatAt = $heartbeatAt, i.papersRead = $papersRead, i.papers = $papers;

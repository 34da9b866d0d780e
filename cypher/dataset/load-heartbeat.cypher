// The loader is alive: renews its journal's heartbeat. No row when the load was rolled back.
MATCH (journal:ImportInProgress {id: $id})
WHERE journal.abandonedAt IS NULL
SET journal.heartbeatAt = datetime()
RETURN journal.id AS id

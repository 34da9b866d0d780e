// The loader gives up its own load (it failed): claims the roll-back unless another process has.
MATCH (journal:ImportInProgress {id: $id})
WHERE journal.abandonedAt IS NULL
SET journal.abandonedAt = datetime()
RETURN journal.source AS source, journal.startedAt AS startedAt

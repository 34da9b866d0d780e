// Whether the load may still write: its journal exists and no one has rolled it back. Read in each
// batch's transaction (a read takes no lock, so batches still commit side by side).
OPTIONAL MATCH (journal:ImportInProgress {id: $id})
WHERE journal.abandonedAt IS NULL
RETURN journal IS NOT NULL AS alive

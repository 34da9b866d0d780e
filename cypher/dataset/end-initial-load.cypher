// Marks the initial load as complete; committed after the last batch. No row when the load was
// rolled back in the meantime (its heartbeat had stopped too long), and then it must not complete.
MATCH (journal:ImportInProgress {id: $id})
WHERE journal.abandonedAt IS NULL
DELETE journal
RETURN $id AS id

// The roll-back of an abandoned load is done: its journal goes (with end-load, in one transaction).
MATCH (journal:ImportInProgress)
WHERE journal.abandonedAt IS NOT NULL
DELETE journal

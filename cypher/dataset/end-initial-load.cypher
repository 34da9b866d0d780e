// Marks the initial load as complete; committed after the last batch.
MATCH (journal:ImportInProgress)
DELETE journal

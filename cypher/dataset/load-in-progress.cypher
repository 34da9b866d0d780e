// An initial load that is running (its journal exists), if any.
MATCH (journal:ImportInProgress)
RETURN journal.source AS source, journal.startedAt AS startedAt
LIMIT 1

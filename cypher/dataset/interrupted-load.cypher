// The journal of an initial load that never completed, if any.
MATCH (journal:ImportInProgress)
RETURN journal.source AS source, journal.startedAt AS startedAt
LIMIT 1

// An initial load whose loader stopped renewing its heartbeat (killed, crashed, disconnected) for
// $abandonedAfter seconds: claims its roll-back. A roll-back claimed earlier and not finished within
// $reclaimAfter seconds (its process died too) is claimed again. A journal of an older version,
// without a heartbeat, counts from its start. (A process that opens the embedded store itself passes
// 0 for both: whoever wrote a journal there held the store's lock, and has let go of it.)
MATCH (journal:ImportInProgress)
WHERE coalesce(journal.heartbeatAt, journal.startedAt) <= datetime() - duration({seconds: $abandonedAfter})
  AND (journal.abandonedAt IS NULL OR journal.abandonedAt <= datetime() - duration({seconds: $reclaimAfter}))
WITH journal LIMIT 1
SET journal.abandonedAt = datetime()
RETURN journal.source AS source, journal.startedAt AS startedAt

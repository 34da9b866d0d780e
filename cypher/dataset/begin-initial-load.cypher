// Marks an initial load into an empty store as in progress; committed before the first batch. The
// loader renews heartbeatAt while it runs (load-heartbeat); a journal whose heartbeat stops is an
// abandoned load that any process rolls back (claim-abandoned-load).
CREATE (:ImportInProgress {id: $id, source: $source, startedAt: datetime(), heartbeatAt: datetime()})

// Marks an initial load into an empty store as in progress; committed before the first batch.
CREATE (:ImportInProgress {source: $source, startedAt: datetime()})

// Rolls back an initial load that did not complete: the store was empty before it began, and no
// one else could write to the knowledge base while it ran (readers and writers wait for a load), so
// everything of the knowledge base goes. Runs in its own batches (auto-commit transaction). The
// journal stays until end-abandoned-load, so readers keep waiting until the store is empty again.
MATCH (n)
WHERE n:AdminUnit OR n:AdminUnitPeriod OR n:Agency OR n:AgencyPeriod OR n:Function OR n:Mandate
   OR n:Responsibility OR n:ChangeEvent
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS

// Rolls back an initial load that did not complete: the store was empty before it began, so
// everything of the knowledge base goes. Runs in its own batches (auto-commit transaction).
MATCH (n)
WHERE n:AdminUnit OR n:AdminUnitPeriod OR n:Agency OR n:AgencyPeriod OR n:Function OR n:Mandate
   OR n:Responsibility OR n:ImportInProgress
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS

// Forgets the query plans made before an import: a plan chosen on an empty or much smaller store
// (rules run right after start-up, say) can be orders of magnitude slower on the imported data.
CALL db.clearQueryCaches()

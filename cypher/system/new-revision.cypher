// Gives the knowledge base a new revision token, in the transaction of the write it belongs to, so
// that every process caching what it computed from the graph (the analysis) notices the change. A
// random token rather than a counter: a wiped and reloaded store must not repeat an old revision.
MERGE (revision:Revision {code: 'knowledge-base'})
SET revision.token = randomUUID(), revision.changedAt = datetime()

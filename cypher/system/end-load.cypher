// An initial load completed or was rolled back: a new revision, and the knowledge base is served
// again. In the transaction that removes the load's journal.
MERGE (revision:Revision {code: 'knowledge-base'})
SET revision.token = randomUUID(), revision.changedAt = datetime()
REMOVE revision.loading, revision.loadingSince

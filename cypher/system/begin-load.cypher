// An initial load begins: a new revision that says so, in the transaction that writes the load's
// journal, so that every process reading the revision stops serving the knowledge base until the
// load completes or is rolled back.
MERGE (revision:Revision {code: 'knowledge-base'})
SET revision.token = randomUUID(), revision.changedAt = datetime(), revision.loading = $source,
    revision.loadingSince = datetime()

// Remembers which data set the knowledge base was last loaded from, and when, for the report's
// provenance; in the transaction that commits the import.
MERGE (revision:Revision {code: 'knowledge-base'})
SET revision.dataSet = $source, revision.importedAt = datetime()

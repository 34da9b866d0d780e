// Where the knowledge base comes from, for the report's first section: the data set last imported and
// when, and when anything last changed (an import, an edit, an applied scenario).
OPTIONAL MATCH (revision:Revision {code: 'knowledge-base'})
RETURN revision.dataSet AS dataSet, revision.importedAt AS importedAt, revision.changedAt AS changedAt

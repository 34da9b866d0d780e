// The knowledge base's revision: a token every write through Apparatus replaces (any process), and
// the initial load in progress, if any (whose partial graph readers must not see); the revision of
// the planners' marks, a token every mark and unmark replaces.
OPTIONAL MATCH (revision:Revision {code: 'knowledge-base'})
RETURN coalesce(revision.token, 'none') AS token, revision.loading AS loading,
       revision.loadingSince AS loadingSince, coalesce(revision.marks, 'none') AS marks

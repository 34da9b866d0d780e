// The knowledge base's revision: a token every write through Apparatus replaces (any process).
OPTIONAL MATCH (revision:Revision {code: 'knowledge-base'})
RETURN coalesce(revision.token, 'none') AS token

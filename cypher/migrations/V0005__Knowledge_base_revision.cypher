// The knowledge base's revision token (cypher/system/new-revision.cypher), one node.
CREATE CONSTRAINT revision_code IF NOT EXISTS FOR (n:Revision) REQUIRE n.code IS UNIQUE;

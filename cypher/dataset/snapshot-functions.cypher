// Existing functions with their parent, for validating a data set.
MATCH (f:Function)
OPTIONAL MATCH (f)-[:PART_OF]->(parent:Function)
RETURN f.code AS code, parent.code AS parentCode

// Existing admin units with their level and parent, for validating a data set.
MATCH (u:AdminUnit)
OPTIONAL MATCH (u)-[:PART_OF]->(parent:AdminUnit)
RETURN u.code AS code, u.level AS level, parent.code AS parentCode

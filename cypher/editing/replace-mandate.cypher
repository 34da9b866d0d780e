// Records the mandate that replaced mandate $code, instead of any other. $code, $successor
MATCH (m:Mandate {code: $code}), (s:Mandate {code: $successor})
OPTIONAL MATCH (m)-[old:REPLACED_BY]->()
DELETE old
WITH DISTINCT m, s
CREATE (m)-[:REPLACED_BY]->(s)

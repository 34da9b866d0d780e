// Places an admin unit under another parent. $code, $parent
MATCH (u:AdminUnit {code: $code}), (p:AdminUnit {code: $parent})
OPTIONAL MATCH (u)-[old:PART_OF]->()
DELETE old
CREATE (u)-[:PART_OF]->(p)

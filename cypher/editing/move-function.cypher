// Places a function under another parent. $code, $parent
MATCH (f:Function {code: $code}), (p:Function {code: $parent})
OPTIONAL MATCH (f)-[old:PART_OF]->()
DELETE old
CREATE (f)-[:PART_OF]->(p)

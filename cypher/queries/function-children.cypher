// The children of each function, by code. $codes: [function code]
UNWIND $codes AS code
MATCH (child:Function)-[:PART_OF]->(:Function {code: code})
RETURN code, child
ORDER BY code, child.code

// The children of each admin unit, by code. $codes: [unit code]
UNWIND $codes AS code
MATCH (child:AdminUnit)-[:PART_OF]->(:AdminUnit {code: code})
RETURN code, child
ORDER BY code, child.code

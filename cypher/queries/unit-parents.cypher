// The parent of each admin unit. $codes: [unit code]
UNWIND $codes AS code
MATCH (:AdminUnit {code: code})-[:PART_OF]->(parent:AdminUnit)
RETURN code, parent

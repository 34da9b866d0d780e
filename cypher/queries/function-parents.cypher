// The parent of each function. $codes: [function code]
UNWIND $codes AS code
MATCH (:Function {code: code})-[:PART_OF]->(parent:Function)
RETURN code, parent

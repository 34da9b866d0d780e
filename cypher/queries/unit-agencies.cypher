// The agencies serving each admin unit, by code. $codes: [unit code]
UNWIND $codes AS code
MATCH (agency:Agency)-[:LOCATED_IN]->(:AdminUnit {code: code})
RETURN code, agency
ORDER BY code, agency.code

// The mandates each mandate replaced, by code. $codes: [mandate code]
UNWIND $codes AS code
MATCH (predecessor:Mandate)-[:REPLACED_BY]->(:Mandate {code: code})
RETURN code, predecessor
ORDER BY code, predecessor.code

// Mandates by code. $codes: [mandate code]
UNWIND $codes AS code
MATCH (mandate:Mandate {code: code})
RETURN code, mandate

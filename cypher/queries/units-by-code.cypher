// Admin units by code. $codes: [admin unit code]
UNWIND $codes AS code
MATCH (unit:AdminUnit {code: code})
RETURN code, unit

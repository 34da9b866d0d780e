// Agencies by code. $codes: [agency code]
UNWIND $codes AS code
MATCH (agency:Agency {code: code})
RETURN code, agency

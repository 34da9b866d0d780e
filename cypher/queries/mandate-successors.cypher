// The mandate that replaced each mandate. $codes: [mandate code]
UNWIND $codes AS code
MATCH (:Mandate {code: code})-[:REPLACED_BY]->(successor:Mandate)
RETURN code, successor

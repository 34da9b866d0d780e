// Responsibilities held by each agency, with the function each is for. $codes: [agency code]
UNWIND $codes AS code
MATCH (:Agency {code: code})-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
RETURN code, r.code AS responsibility, r.role AS role, code AS agency, f.code AS function
ORDER BY function, role

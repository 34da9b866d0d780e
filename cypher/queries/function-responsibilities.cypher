// Responsibilities for each function, with the agency that holds each. $codes: [function code]
UNWIND $codes AS code
MATCH (a:Agency)-[:HOLDS]->(r:Responsibility)-[:FOR]->(:Function {code: code})
RETURN code, r.code AS responsibility, r.role AS role, a.code AS agency, code AS function
ORDER BY agency, role

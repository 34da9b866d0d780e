// The responsibilities of agencies on $asOf (in their period). $codes: [agency code], $asOf: date
UNWIND $codes AS code
MATCH (:Agency {code: code})-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE r.validFrom <= $asOf < r.validTo
RETURN code, r.code AS responsibility, r.role AS role, code AS agency, f.code AS function
ORDER BY function, role

// Who holds each function on $asOf: responsibilities in their period, of agencies that exist that
// day. $codes: [function code], $asOf: date
UNWIND $codes AS code
MATCH (p:AgencyPeriod)-[:PERIOD_OF]->(a:Agency)-[:HOLDS]->(r:Responsibility)-[:FOR]->(:Function {code: code})
  WHERE r.validFrom <= $asOf < r.validTo AND p.validFrom <= $asOf < p.validTo
RETURN code, r.code AS responsibility, r.role AS role, a.code AS agency, code AS function
ORDER BY agency, role

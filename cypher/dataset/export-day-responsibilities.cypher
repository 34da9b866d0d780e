// The responsibilities in their period on $day of agencies that exist that day, one row per granting
// mandate (every mandate, in force or not: the rules judge that as of the day) and one row for a
// responsibility without a mandate (export --as-of). $day: date
MATCH (a:Agency)-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE r.validFrom <= $day < r.validTo
    AND EXISTS { (a)<-[:PERIOD_OF]-(p:AgencyPeriod) WHERE p.validFrom <= $day < p.validTo }
OPTIONAL MATCH (r)-[grant:GRANTED_BY]->(m:Mandate)
RETURN a.code AS agency_code, f.code AS function_code, r.role AS role, m.code AS mandate_code,
       grant.article AS article
ORDER BY agency_code, function_code, role, mandate_code

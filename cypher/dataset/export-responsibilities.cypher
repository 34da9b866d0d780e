// One row per responsibility and granting mandate; a responsibility without a mandate has one row.
MATCH (a:Agency)-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
OPTIONAL MATCH (r)-[grant:GRANTED_BY]->(m:Mandate)
RETURN a.code AS agency_code, f.code AS function_code, r.role AS role, m.code AS mandate_code,
       grant.article AS article, r.validFrom AS valid_from, r.validTo AS valid_to
ORDER BY agency_code, function_code, role, valid_from, mandate_code

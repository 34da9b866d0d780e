// Upserts responsibilities: one node per (agency, function, role, period), granted by the mandates of
// all its rows; grants no longer listed for a responsibility in the set are removed.
// $rows: [{code, agencyCode, functionCode, role, validFrom, validTo, grants: [{mandateCode, article}]}]
UNWIND $rows AS row
MATCH (a:Agency {code: row.agencyCode})
MATCH (f:Function {code: row.functionCode})
MERGE (r:Responsibility {code: row.code})
  ON CREATE SET r.role = row.role
SET r.validFrom = row.validFrom, r.validTo = row.validTo
MERGE (a)-[:HOLDS]->(r)
MERGE (r)-[:FOR]->(f)
WITH r, row
OPTIONAL MATCH (r)-[stale:GRANTED_BY]->(m:Mandate)
  WHERE NOT m.code IN [g IN row.grants | g.mandateCode]
DELETE stale
WITH DISTINCT r, row
UNWIND row.grants AS grant
MATCH (m:Mandate {code: grant.mandateCode})
MERGE (r)-[g:GRANTED_BY]->(m)
SET g.article = grant.article

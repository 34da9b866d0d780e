// Creates responsibilities known not to exist yet (the fast path of a first import).
// $rows: [{code, agencyCode, functionCode, role, grants: [{mandateCode, article}]}]
UNWIND $rows AS row
MATCH (a:Agency {code: row.agencyCode})
MATCH (f:Function {code: row.functionCode})
CREATE (a)-[:HOLDS]->(r:Responsibility {code: row.code, role: row.role})-[:FOR]->(f)
WITH r, row
UNWIND row.grants AS grant
MATCH (m:Mandate {code: grant.mandateCode})
CREATE (r)-[:GRANTED_BY {article: grant.article}]->(m)

// A new agency created by a merger, in the unit and sector of agency $like.
MATCH (like:Agency {code: $like})-[:LOCATED_IN]->(u:AdminUnit)
CREATE (a:Agency {code: $code, name: $name, nameEn: $nameEn, kind: $kind, sector: like.sector, status: 'ACTIVE'})
CREATE (a)-[:LOCATED_IN]->(u)

// Adds an agency serving a unit. $code, $name, $nameEn, $sector, $kind, $status, $staffQuota, $unit
MATCH (u:AdminUnit {code: $unit})
CREATE (a:Agency {code: $code, name: $name, nameEn: $nameEn, sector: $sector, kind: $kind, status: $status,
                  staffQuota: $staffQuota})-[:LOCATED_IN]->(u)

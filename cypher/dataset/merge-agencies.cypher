// Upserts agencies by code and sets the unit each serves (LOCATED_IN), replacing a different one.
// $rows: [{code, name, nameEn, sector, kind, status, staffQuota, adminUnitCode}]
UNWIND $rows AS row
MERGE (a:Agency {code: row.code})
SET a.name = row.name, a.nameEn = row.nameEn, a.sector = row.sector, a.kind = row.kind,
    a.status = row.status, a.staffQuota = row.staffQuota
WITH a, row
OPTIONAL MATCH (a)-[old:LOCATED_IN]->(previous:AdminUnit)
  WHERE previous.code <> row.adminUnitCode
DELETE old
WITH DISTINCT a, row
MATCH (unit:AdminUnit {code: row.adminUnitCode})
MERGE (a)-[:LOCATED_IN]->(unit)

// Creates agencies known not to exist yet, with the unit each serves.
// $units: [admin unit code] looked up once per batch; rows refer to them by position.
// $rows: [{code, name, nameEn, sector, kind, status, staffQuota, unit: unitIndex}]
CALL () {
  UNWIND $units AS code
  MATCH (u:AdminUnit {code: code})
  RETURN collect(u) AS units
}
WITH units
WHERE size(units) = size($units)
UNWIND $rows AS row
WITH units[row.unit] AS unit, row
CREATE (a:Agency {code: row.code, name: row.name, sector: row.sector, kind: row.kind, status: row.status})
SET a.nameEn = row.nameEn, a.staffQuota = row.staffQuota
CREATE (a)-[:LOCATED_IN]->(unit)

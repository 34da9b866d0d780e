// Creates agencies known not to exist yet, with their periods and the unit each period serves.
// $units: [admin unit code] looked up once per batch; periods refer to them by position.
// $rows: [{code, periods: [{validFrom, validTo, name, nameEn, sector, kind, status, staffQuota, unit: unitIndex}]}]
CALL () {
  UNWIND $units AS code
  MATCH (u:AdminUnit {code: code})
  RETURN collect(u) AS units
}
WITH units
WHERE size(units) = size($units)
UNWIND $rows AS row
CREATE (a:Agency {code: row.code})
WITH a, row, units
UNWIND row.periods AS period
CREATE (p:AgencyPeriod {code: row.code, validFrom: period.validFrom, validTo: period.validTo, name: period.name,
                        sector: period.sector, kind: period.kind, status: period.status})
SET p.nameEn = period.nameEn, p.staffQuota = period.staffQuota
CREATE (p)-[:PERIOD_OF]->(a)
WITH p, units[period.unit] AS unit
CREATE (p)-[:LOCATED_IN]->(unit)

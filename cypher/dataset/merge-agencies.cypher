// Upserts agencies by code; the periods of the data set replace those in the store (an import names
// an agency's whole history): a period is kept by its first day and updated, with the unit it serves
// (LOCATED_IN, replacing a different one); periods the set no longer has are removed.
// $rows: [{code, periods: [{validFrom, validTo, name, nameEn, sector, kind, status, staffQuota, adminUnitCode}]}]
UNWIND $rows AS row
MERGE (a:Agency {code: row.code})
WITH a, row
OPTIONAL MATCH (a)<-[:PERIOD_OF]-(old:AgencyPeriod)
  WHERE NOT old.validFrom IN [period IN row.periods | period.validFrom]
DETACH DELETE old
WITH DISTINCT a, row
UNWIND row.periods AS period
MERGE (p:AgencyPeriod {code: row.code, validFrom: period.validFrom})-[:PERIOD_OF]->(a)
SET p.validTo = period.validTo, p.name = period.name, p.nameEn = period.nameEn, p.sector = period.sector,
    p.kind = period.kind, p.status = period.status, p.staffQuota = period.staffQuota
WITH p, period
OPTIONAL MATCH (p)-[old:LOCATED_IN]->(previous:AdminUnit)
  WHERE previous.code <> period.adminUnitCode
DELETE old
WITH DISTINCT p, period
MATCH (unit:AdminUnit {code: period.adminUnitCode})
MERGE (p)-[:LOCATED_IN]->(unit)

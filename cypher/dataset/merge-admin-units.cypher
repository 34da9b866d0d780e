// Upserts admin units by code; the periods of the data set replace those in the store (an import
// names a unit's whole history): a period is kept by its first day and updated, periods the set no
// longer has are removed. Parents are linked afterwards (link-admin-unit-parents).
// $rows: [{code, level, periods: [{validFrom, validTo, name, nameEn, kind}]}] (kind: null when unknown)
UNWIND $rows AS row
MERGE (u:AdminUnit {code: row.code})
SET u.level = row.level
WITH u, row
OPTIONAL MATCH (u)<-[:PERIOD_OF]-(old:AdminUnitPeriod)
  WHERE NOT old.validFrom IN [period IN row.periods | period.validFrom]
DETACH DELETE old
WITH DISTINCT u, row
UNWIND row.periods AS period
MERGE (p:AdminUnitPeriod {code: row.code, validFrom: period.validFrom})-[:PERIOD_OF]->(u)
SET p.level = row.level, p.validTo = period.validTo, p.name = period.name, p.nameEn = period.nameEn,
    p.kind = period.kind

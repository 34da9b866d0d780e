// One row per period of each agency (open bounds are written empty by the exporter).
MATCH (a:Agency)<-[:PERIOD_OF]-(p:AgencyPeriod)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(unit:AdminUnit)
RETURN a.code AS code, p.name AS name, p.nameEn AS name_en, p.sector AS sector, p.kind AS kind,
       unit.code AS admin_unit_code, p.status AS status, p.staffQuota AS staff_quota,
       p.validFrom AS valid_from, p.validTo AS valid_to
ORDER BY code, valid_from

// The agencies that exist on $day (active, merged or dissolved), each once, with the attributes of that
// day (export --as-of). $day: date
MATCH (a:Agency)<-[:PERIOD_OF]-(p:AgencyPeriod)
  WHERE p.validFrom <= $day < p.validTo
OPTIONAL MATCH (p)-[:LOCATED_IN]->(unit:AdminUnit)
RETURN a.code AS code, p.name AS name, p.nameEn AS name_en, p.sector AS sector, p.kind AS kind,
       unit.code AS admin_unit_code, p.status AS status, p.staffQuota AS staff_quota
ORDER BY code

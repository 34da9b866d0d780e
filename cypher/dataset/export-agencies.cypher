MATCH (a:Agency)
OPTIONAL MATCH (a)-[:LOCATED_IN]->(unit:AdminUnit)
RETURN a.code AS code, a.name AS name, a.nameEn AS name_en, a.sector AS sector, a.kind AS kind,
       unit.code AS admin_unit_code, a.status AS status, a.staffQuota AS staff_quota
ORDER BY code

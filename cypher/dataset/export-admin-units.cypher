// One row per period of each admin unit (open bounds are written empty by the exporter).
MATCH (u:AdminUnit)<-[:PERIOD_OF]-(p:AdminUnitPeriod)
OPTIONAL MATCH (p)-[:PART_OF]->(parent:AdminUnit)
RETURN u.code AS code, p.name AS name, p.nameEn AS name_en, u.level AS level, p.kind AS kind,
       parent.code AS parent_code,
       p.validFrom AS valid_from, p.validTo AS valid_to
ORDER BY code, valid_from

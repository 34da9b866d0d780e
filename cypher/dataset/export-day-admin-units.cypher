// The admin units that exist on $day, each once, with its name, kind and parent of that day (export --as-of).
// $day: date
MATCH (u:AdminUnit)<-[:PERIOD_OF]-(p:AdminUnitPeriod)
  WHERE p.validFrom <= $day < p.validTo
OPTIONAL MATCH (p)-[:PART_OF]->(parent:AdminUnit)
RETURN u.code AS code, p.name AS name, p.nameEn AS name_en, u.level AS level, p.kind AS kind,
       parent.code AS parent_code
ORDER BY code

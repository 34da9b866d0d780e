MATCH (u:AdminUnit)
OPTIONAL MATCH (u)-[:PART_OF]->(parent:AdminUnit)
RETURN u.code AS code, u.name AS name, u.nameEn AS name_en, u.level AS level, parent.code AS parent_code
ORDER BY code

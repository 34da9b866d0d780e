MATCH (f:Function)
OPTIONAL MATCH (f)-[:PART_OF]->(parent:Function)
RETURN f.code AS code, f.name AS name, f.nameEn AS name_en, parent.code AS parent_code, f.cofog AS cofog
ORDER BY code

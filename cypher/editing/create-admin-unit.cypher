// Adds an admin unit under a parent (or at the top). $code, $name, $nameEn, $level, $parent
CREATE (u:AdminUnit {code: $code, name: $name, nameEn: $nameEn, level: $level})
WITH u
OPTIONAL MATCH (p:AdminUnit {code: $parent})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (u)-[:PART_OF]->(p))

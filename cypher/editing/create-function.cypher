// Adds a function under a parent (or as a domain). $code, $name, $nameEn, $cofog, $parent
CREATE (f:Function {code: $code, name: $name, nameEn: $nameEn, cofog: $cofog})
WITH f
OPTIONAL MATCH (p:Function {code: $parent})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (f)-[:PART_OF]->(p))

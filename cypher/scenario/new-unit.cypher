// A new admin unit created by a merger of units, at the level and under the parent of unit $like.
MATCH (like:AdminUnit {code: $like})
CREATE (u:AdminUnit {code: $code, name: $name, nameEn: $nameEn, level: like.level})
WITH like, u
OPTIONAL MATCH (like)-[:PART_OF]->(parent:AdminUnit)
FOREACH (p IN CASE WHEN parent IS NULL THEN [] ELSE [parent] END | CREATE (u)-[:PART_OF]->(p))

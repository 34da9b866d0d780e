// A new admin unit created by a merger of units, from $asOf, at the level and under the parent unit
// $like has that day, of kind $kind (null: unknown).
MATCH (like:AdminUnitPeriod {code: $like})
  WHERE like.validFrom <= $asOf < like.validTo
CREATE (u:AdminUnit {code: $code, level: like.level})
CREATE (p:AdminUnitPeriod {code: $code, level: like.level, validFrom: $asOf, validTo: $end, name: $name,
                           nameEn: $nameEn, kind: $kind})-[:PERIOD_OF]->(u)
WITH like, p
OPTIONAL MATCH (like)-[:PART_OF]->(parent:AdminUnit)
FOREACH (known IN CASE WHEN parent IS NULL THEN [] ELSE [parent] END | CREATE (p)-[:PART_OF]->(known))

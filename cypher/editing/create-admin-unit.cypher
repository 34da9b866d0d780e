// A new admin unit with one period without bounds, of kind $kind (null: unknown), part of $parent if given.
CREATE (u:AdminUnit {code: $code, level: $level})
CREATE (p:AdminUnitPeriod {code: $code, level: $level, validFrom: $beginning, validTo: $end, name: $name,
                           nameEn: $nameEn, kind: $kind})-[:PERIOD_OF]->(u)
WITH p
OPTIONAL MATCH (parent:AdminUnit {code: $parent})
FOREACH (known IN CASE WHEN parent IS NULL THEN [] ELSE [parent] END | CREATE (p)-[:PART_OF]->(known))

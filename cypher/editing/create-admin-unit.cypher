// A new admin unit with one period without bounds, part of $parent if given.
CREATE (u:AdminUnit {code: $code, level: $level})
CREATE (p:AdminUnitPeriod {code: $code, level: $level, validFrom: $beginning, validTo: $end, name: $name,
                           nameEn: $nameEn})-[:PERIOD_OF]->(u)
WITH p
OPTIONAL MATCH (parent:AdminUnit {code: $parent})
FOREACH (known IN CASE WHEN parent IS NULL THEN [] ELSE [parent] END | CREATE (p)-[:PART_OF]->(known))

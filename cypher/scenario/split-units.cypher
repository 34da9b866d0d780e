// Splits the periods of admin units $codes that contain $asOf and began before it, as
// split-agencies does for agencies (same attributes, same parent).
UNWIND $codes AS code
MATCH (p:AdminUnitPeriod {code: code})-[:PERIOD_OF]->(u:AdminUnit)
  WHERE p.validFrom < $asOf < p.validTo
CREATE (q:AdminUnitPeriod)-[:PERIOD_OF]->(u)
SET q = properties(p), q.validFrom = $asOf, p.validTo = $asOf
WITH p, q
OPTIONAL MATCH (p)-[:PART_OF]->(parent:AdminUnit)
FOREACH (known IN CASE WHEN parent IS NULL THEN [] ELSE [parent] END | CREATE (q)-[:PART_OF]->(known))

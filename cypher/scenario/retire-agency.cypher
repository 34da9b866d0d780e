// From $asOf, agency $agency is MERGED or DISSOLVED ($status), linked to what it merged into (if any).
// Its period was split on $asOf (split-agencies), so the record before that day stays ACTIVE.
MATCH (p:AgencyPeriod {code: $agency})-[:PERIOD_OF]->(a:Agency)
  WHERE p.validFrom <= $asOf < p.validTo
SET p.status = $status
WITH a
OPTIONAL MATCH (into:Agency {code: $into})
FOREACH (x IN CASE WHEN into IS NULL THEN [] ELSE [into] END | MERGE (a)-[:MERGED_INTO]->(x))

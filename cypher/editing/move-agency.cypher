// Sets the unit an agency serves in its period that contains $asOf (else its latest).
MATCH (p:AgencyPeriod {code: $code})
WITH p
  ORDER BY CASE WHEN p.validFrom <= $asOf < p.validTo THEN 0 ELSE 1 END, p.validFrom DESC
  LIMIT 1
MATCH (u:AdminUnit {code: $unit})
OPTIONAL MATCH (p)-[old:LOCATED_IN]->()
DELETE old
CREATE (p)-[:LOCATED_IN]->(u)

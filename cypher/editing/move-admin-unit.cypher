// Sets the parent of a unit in its period that contains $asOf (else its latest).
MATCH (p:AdminUnitPeriod {code: $code})
WITH p
  ORDER BY CASE WHEN p.validFrom <= $asOf < p.validTo THEN 0 ELSE 1 END, p.validFrom DESC
  LIMIT 1
MATCH (parent:AdminUnit {code: $parent})
OPTIONAL MATCH (p)-[old:PART_OF]->()
DELETE old
CREATE (p)-[:PART_OF]->(parent)

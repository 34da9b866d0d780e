// The admin units of level $level on $asOf, each with its parent that day.
MATCH (p:AdminUnitPeriod {level: $level})-[:PART_OF]->(parent:AdminUnit)
  WHERE p.validFrom <= $asOf < p.validTo
RETURN p.code AS unit, parent.code AS parent
  ORDER BY unit

// What `benchmark web` compares on the compare page: the first unit by code at the top of the
// apparatus on $asOf (a unit without a unit above it that day: the province, or the first province of
// a national store), and the day of the latest recorded change event on or before $asOf (null when the
// store records none), so that the two days compared are the day before a change and its day.
MATCH (p:AdminUnitPeriod)-[:PERIOD_OF]->(u:AdminUnit)
  WHERE p.validFrom <= $asOf < p.validTo AND NOT (p)-[:PART_OF]->(:AdminUnit)
WITH u ORDER BY u.code LIMIT 1
OPTIONAL MATCH (e:ChangeEvent)
  WHERE e.date IS NOT NULL AND e.date <= $asOf
RETURN u.code AS unit, max(e.date) AS changed

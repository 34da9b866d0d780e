// A page of the agencies that exist on $asOf, as they were that day, filtered and ordered by code.
// With $unit, the agencies are found from that unit (and, with $includeSubunits, from the units below
// it that day), so a page of one district reads that district's bodies, not the country's.
CALL () {
  WITH 1 AS whole WHERE $unit IS NULL
  MATCH (a:AgencyPeriod)
  WHERE a.validFrom <= $asOf < a.validTo
  RETURN a
UNION
  MATCH (a:AgencyPeriod)-[:LOCATED_IN]->(:AdminUnit {code: $unit})
  WHERE a.validFrom <= $asOf < a.validTo
  RETURN a
UNION
  MATCH (target:AdminUnit {code: $unit})
  WHERE $includeSubunits
  MATCH (home:AdminUnit)
        ((:AdminUnit)<-[:PERIOD_OF]-(p:AdminUnitPeriod)-[:PART_OF]->(:AdminUnit)
          WHERE p.validFrom <= $asOf < p.validTo)+ (target)
  MATCH (a:AgencyPeriod)-[:LOCATED_IN]->(home)
  WHERE a.validFrom <= $asOf < a.validTo
  RETURN a
}
WITH a
WHERE ($sector IS NULL OR a.sector = $sector)
  AND ($kind IS NULL OR a.kind = $kind)
  AND ($status IS NULL OR a.status = $status)
WITH a ORDER BY a.code
WITH collect(a) AS matching
WITH matching, size(matching) AS total,
     [x IN matching WHERE ($after IS NULL OR x.code > $after) AND ($before IS NULL OR x.code < $before)] AS window
WITH total, CASE WHEN $descending THEN reverse(window) ELSE window END AS ordered
UNWIND (CASE WHEN size(ordered) = 0 THEN [null] ELSE ordered[0..$limit] END) AS a
RETURN a, total

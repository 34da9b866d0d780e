// A page of the agencies that exist on $asOf, as they were that day, filtered and ordered by code.
MATCH (a:AgencyPeriod)-[:LOCATED_IN]->(home:AdminUnit)
WHERE a.validFrom <= $asOf < a.validTo
  AND ($sector IS NULL OR a.sector = $sector)
  AND ($kind IS NULL OR a.kind = $kind)
  AND ($status IS NULL OR a.status = $status)
  AND ($unit IS NULL OR home.code = $unit
       OR ($includeSubunits AND EXISTS {
         (home) ((:AdminUnit)<-[:PERIOD_OF]-(p:AdminUnitPeriod)-[:PART_OF]->(:AdminUnit)
           WHERE p.validFrom <= $asOf < p.validTo)+ (:AdminUnit {code: $unit})
       }))
WITH a ORDER BY a.code
WITH collect(a) AS matching
WITH matching, size(matching) AS total,
     [x IN matching WHERE ($after IS NULL OR x.code > $after) AND ($before IS NULL OR x.code < $before)] AS window
WITH total, CASE WHEN $descending THEN reverse(window) ELSE window END AS ordered
UNWIND (CASE WHEN size(ordered) = 0 THEN [null] ELSE ordered[0..$limit] END) AS a
RETURN a, total

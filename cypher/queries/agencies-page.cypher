// A page of agencies ordered by code (keyset pagination), with the total matching the filter.
// $unit, $includeSubunits, $sector, $kind, $status: filters (null = any)
// $after / $before: exclusive code bounds; $limit: rows to fetch; $descending: read backwards (for `last`)
MATCH (a:Agency)-[:LOCATED_IN]->(home:AdminUnit)
WHERE ($sector IS NULL OR a.sector = $sector)
  AND ($kind IS NULL OR a.kind = $kind)
  AND ($status IS NULL OR a.status = $status)
  AND ($unit IS NULL OR home.code = $unit
       OR ($includeSubunits AND EXISTS { (home)-[:PART_OF*1..]->(:AdminUnit {code: $unit}) }))
WITH a ORDER BY a.code
WITH collect(a) AS matching
WITH matching, size(matching) AS total,
     [x IN matching WHERE ($after IS NULL OR x.code > $after) AND ($before IS NULL OR x.code < $before)] AS window
WITH total, CASE WHEN $descending THEN reverse(window) ELSE window END AS ordered
UNWIND (CASE WHEN size(ordered) = 0 THEN [null] ELSE ordered[0..$limit] END) AS a
RETURN a, total

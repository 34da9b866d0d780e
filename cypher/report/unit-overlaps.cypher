// The report's heat map: for each pair of active agencies of one unit, how many functions and tasks
// both lead — the same one (as in DUPLICATE) or one a part of the other (as in OVERLAP_NESTED).
// $unit: the unit's code. One row per pair with an overlap, the pair in code order.
MATCH (u:AdminUnit {code: $unit})<-[:LOCATED_IN]-(a:Agency {status: 'ACTIVE'})-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE r.role = 'LEAD'
MATCH (g:Function)-[:PART_OF*0..]->(f)
MATCH (g)<-[:FOR]-(s:Responsibility)<-[:HOLDS]-(b:Agency {status: 'ACTIVE'})-[:LOCATED_IN]->(u)
  WHERE s.role = 'LEAD' AND a <> b
WITH CASE WHEN a.code < b.code THEN [a.code, b.code] ELSE [b.code, a.code] END AS pair, g
WITH pair, count(DISTINCT g) AS shared
RETURN pair[0] AS first, pair[1] AS second, shared
  ORDER BY first, second

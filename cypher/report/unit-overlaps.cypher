// The report's heat map on $asOf: for each pair of agencies of one unit active that day, how many
// functions and tasks both lead — the same one (as in DUPLICATE) or one a part of the other (as in
// OVERLAP_NESTED), and their codes (the workbench's heat map shows them). $unit: the unit's code;
// $asOf: date. One row per pair with an overlap, the pair in code order.
MATCH (u:AdminUnit {code: $unit})<-[:LOCATED_IN]-(ap:AgencyPeriod {status: 'ACTIVE'})-[:PERIOD_OF]->(a:Agency)-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE ap.validFrom <= $asOf < ap.validTo AND r.role = 'LEAD' AND r.validFrom <= $asOf < r.validTo
MATCH (g:Function)-[:PART_OF*0..]->(f)
MATCH (g)<-[:FOR]-(s:Responsibility)<-[:HOLDS]-(b:Agency)<-[:PERIOD_OF]-(bp:AgencyPeriod {status: 'ACTIVE'})-[:LOCATED_IN]->(u)
  WHERE s.role = 'LEAD' AND a <> b AND s.validFrom <= $asOf < s.validTo AND bp.validFrom <= $asOf < bp.validTo
WITH CASE WHEN a.code < b.code THEN [a.code, b.code] ELSE [b.code, a.code] END AS pair, g
WITH pair, g.code AS function
  ORDER BY function
WITH pair, collect(DISTINCT function) AS functions
RETURN pair[0] AS first, pair[1] AS second, size(functions) AS shared, functions
  ORDER BY first, second

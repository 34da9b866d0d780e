// The report's org chart of one unit: its active agencies, each with the agencies of the same unit
// it reports to, administrative lines first. $unit: the unit's code.
MATCH (u:AdminUnit {code: $unit})<-[:LOCATED_IN]-(a:Agency {status: 'ACTIVE'})
CALL (a, u) {
  OPTIONAL MATCH (a)-[line:REPORTS_TO]->(s:Agency {status: 'ACTIVE'})-[:LOCATED_IN]->(u)
  WITH line, s
    ORDER BY CASE line.line WHEN 'ADMINISTRATIVE' THEN 0 ELSE 1 END, s.code
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {code: s.code, line: line.line} END) AS superiors
}
RETURN a.code AS code, a.name AS name,
       a.nameEn AS nameEn, superiors
  ORDER BY code

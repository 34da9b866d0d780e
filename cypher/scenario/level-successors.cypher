// For each active agency of the units of level $level, where its responsibilities go when the level
// ends. UP: its superior in the unit above (professional line first, then administrative, then
// Party). DOWN: in each unit below, the agency of the same kind, or else the people's committee.
MATCH (u:AdminUnit {level: $level})<-[:LOCATED_IN]-(a:Agency {status: 'ACTIVE'})
CALL (a, u) {
  OPTIONAL MATCH (a)-[line:REPORTS_TO]->(s:Agency {status: 'ACTIVE'})-[:LOCATED_IN]->(:AdminUnit)<-[:PART_OF]-(u)
    WHERE $policy = 'UP'
  WITH s, line
    ORDER BY CASE line.line WHEN 'PROFESSIONAL' THEN 0 WHEN 'ADMINISTRATIVE' THEN 1 ELSE 2 END, s.code
  RETURN collect(s.code)[0..1] AS up
}
CALL (a, u) {
  OPTIONAL MATCH (c:AdminUnit)-[:PART_OF]->(u)
    WHERE $policy = 'DOWN'
  CALL (a, c) {
    OPTIONAL MATCH (t:Agency {status: 'ACTIVE'})-[:LOCATED_IN]->(c)
      WHERE t.kind = a.kind OR t.kind = 'PEOPLES_COMMITTEE'
    WITH t
      ORDER BY CASE WHEN t.kind = a.kind THEN 0 ELSE 1 END, t.code
    RETURN collect(t.code)[0..1] AS chosen
  }
  RETURN reduce(all = [], x IN collect(chosen) | all + x) AS down
}
RETURN a.code AS agency, up + down AS successors
  ORDER BY agency

// For each active agency of the units of level $level, where its responsibilities go when the level
// ends. UP: its superior in the unit above (professional line first, then administrative, then
// Party). DOWN: in each unit below, the body that reports to it (the commune women's union to the
// district's), else one of the same kind, else the head body of its sector there (Party committee,
// people's committee, Fatherland Front committee); none for courts and procuracies.
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
    WITH a, c, CASE a.sector
                 WHEN 'PARTY' THEN 'PARTY_COMMITTEE'
                 WHEN 'STATE' THEN 'PEOPLES_COMMITTEE'
                 WHEN 'PUBLIC_SERVICE' THEN 'PEOPLES_COMMITTEE'
                 WHEN 'FRONT' THEN 'FRONT_COMMITTEE'
                 WHEN 'SOCIO_POLITICAL' THEN 'FRONT_COMMITTEE'
               END AS head
    OPTIONAL MATCH (t:Agency {status: 'ACTIVE'})-[:LOCATED_IN]->(c)
      WHERE EXISTS { (t)-[:REPORTS_TO]->(a) } OR t.kind = a.kind OR t.kind = head
    WITH t, a
      ORDER BY CASE WHEN EXISTS { (t)-[:REPORTS_TO]->(a) } THEN 0 WHEN t.kind = a.kind THEN 1 ELSE 2 END, t.code
    RETURN collect(t.code)[0..1] AS chosen
  }
  RETURN reduce(acc = [], x IN collect(chosen) | acc + x) AS down
}
RETURN a.code AS agency, up + down AS successors
  ORDER BY agency

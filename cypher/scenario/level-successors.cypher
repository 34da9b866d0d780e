// For each agency active on $asOf in the units of level $level, where its responsibilities go when the
// level ends. UP: its superior in the unit above (professional line first, then administrative, then
// Party). DOWN: in each unit below, the body that reports to it (the commune women's union to the
// district's), else one of the same kind, else the head body of its sector there (Party committee,
// people's committee, Fatherland Front committee); none for courts and procuracies. $except: the
// per-body policies [{kinds, agencies, policy, to}], the first naming an agency (by code or kind)
// decides for it: UP or DOWN as above, or all to the one body `to`. Units, parents, agencies and
// lines are those of $asOf.
MATCH (up:AdminUnitPeriod {level: $level})-[:PERIOD_OF]->(u:AdminUnit)
  WHERE up.validFrom <= $asOf < up.validTo
MATCH (u)<-[:LOCATED_IN]-(ap:AgencyPeriod {status: 'ACTIVE'})-[:PERIOD_OF]->(a:Agency)
  WHERE ap.validFrom <= $asOf < ap.validTo
WITH up, u, ap, a, head([x IN $except WHERE a.code IN x.agencies OR ap.kind IN x.kinds]) AS body
WITH up, u, ap, a, body.to AS to,
     CASE WHEN body IS NULL THEN $policy ELSE body.policy END AS policy
CALL (a, up, policy) {
  OPTIONAL MATCH (a)-[line:REPORTS_TO]->(:Agency)<-[:PERIOD_OF]-(s:AgencyPeriod {status: 'ACTIVE'})-[:LOCATED_IN]->(:AdminUnit)<-[:PART_OF]-(up)
    WHERE policy = 'UP' AND line.validFrom <= $asOf < line.validTo AND s.validFrom <= $asOf < s.validTo
  WITH s, line
    ORDER BY CASE line.line WHEN 'PROFESSIONAL' THEN 0 WHEN 'ADMINISTRATIVE' THEN 1 ELSE 2 END, s.code
  RETURN collect(s.code)[0..1] AS above
}
CALL (a, ap, u, policy) {
  OPTIONAL MATCH (cp:AdminUnitPeriod)-[:PART_OF]->(u)
    WHERE policy = 'DOWN' AND cp.validFrom <= $asOf < cp.validTo
  OPTIONAL MATCH (cp)-[:PERIOD_OF]->(c:AdminUnit)
  CALL (a, ap, c) {
    WITH a, c, CASE ap.sector
                 WHEN 'PARTY' THEN 'PARTY_COMMITTEE'
                 WHEN 'STATE' THEN 'PEOPLES_COMMITTEE'
                 WHEN 'PUBLIC_SERVICE' THEN 'PEOPLES_COMMITTEE'
                 WHEN 'FRONT' THEN 'FRONT_COMMITTEE'
                 WHEN 'SOCIO_POLITICAL' THEN 'FRONT_COMMITTEE'
               END AS head, ap.kind AS kind
    OPTIONAL MATCH (tp:AgencyPeriod {status: 'ACTIVE'})-[:LOCATED_IN]->(c)
      WHERE tp.validFrom <= $asOf < tp.validTo
    OPTIONAL MATCH (tp)-[:PERIOD_OF]->(t:Agency)
    WITH t, tp, a, kind, head,
         EXISTS { (t)-[line:REPORTS_TO]->(a) WHERE line.validFrom <= $asOf < line.validTo } AS reports
      WHERE reports OR tp.kind = kind OR tp.kind = head
    WITH t, reports, tp, kind
      ORDER BY CASE WHEN reports THEN 0 WHEN tp.kind = kind THEN 1 ELSE 2 END, t.code
    RETURN collect(t.code)[0..1] AS chosen
  }
  RETURN reduce(acc = [], x IN collect(chosen) | acc + x) AS down
}
RETURN a.code AS agency, CASE WHEN to IS NULL THEN above + down ELSE [to] END AS successors
  ORDER BY agency

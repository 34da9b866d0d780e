// id: SELF_INSPECTION
// severity: MEDIUM
// title.vi: Tự thanh tra, kiểm tra — cơ quan vừa chủ trì vừa thanh tra cùng một nhiệm vụ
// title.en: Self-inspection — a body both leads and inspects the same task
// parameters: asOf
// columns: key, units, agencies, functions, mandates, score, grants
// explanation.vi: {agencies} vừa chủ trì vừa thanh tra, kiểm tra {functions} tại {units}, tức là tự kiểm tra việc mình làm ({grants}).
// explanation.en: {agencies} both leads and inspects {functions} in {units}, so it inspects its own work ({grants}).
//
// One active agency holds both LEAD and INSPECT for the same function, each granted by a mandate in
// force on $asOf (domain.md §8.3). One finding per (agency, function); the mandates are those in
// force that grant either role.
MATCH (p:AgencyPeriod {status: 'ACTIVE'})-[:PERIOD_OF]->(a:Agency)-[:HOLDS]->(inspect:Responsibility {role: 'INSPECT'})-[:FOR]->(f:Function)
  WHERE p.validFrom <= $asOf < p.validTo AND inspect.validFrom <= $asOf < inspect.validTo
  AND EXISTS { (inspect)-[:GRANTED_BY]->(m:Mandate) WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf) }
CALL (a, f) {
  MATCH (a)-[:HOLDS]->(lead:Responsibility {role: 'LEAD'})-[:FOR]->(f)
    WHERE lead.validFrom <= $asOf < lead.validTo
    AND EXISTS { (lead)-[:GRANTED_BY]->(m:Mandate) WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf) }
  RETURN lead
}
MATCH (p)-[:LOCATED_IN]->(u:AdminUnit)
CALL (inspect, lead) {
  UNWIND [inspect, lead] AS r
  OPTIONAL MATCH (r)-[:GRANTED_BY]->(m:Mandate)
    WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf)
  WITH m
    ORDER BY m.code
  RETURN collect(DISTINCT m.code) AS mandates
}
RETURN [a.code, f.code] AS key, [u.code] AS units, [a.code] AS agencies, [f.code] AS functions, mandates,
       null AS score, [{agency: a.code, mandates: mandates}] AS grants

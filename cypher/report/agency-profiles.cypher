// One profile per agency active on $asOf for the report's appendix, as it was that day: its unit,
// kind, sector and quota, what it does (function, role, the mandates granting it, in the order they
// took effect) and to whom it reports.
MATCH (p:AgencyPeriod {status: 'ACTIVE'})-[:LOCATED_IN]->(:AdminUnit)<-[:PERIOD_OF]-(u:AdminUnitPeriod)
  WHERE p.validFrom <= $asOf < p.validTo AND u.validFrom <= $asOf < u.validTo
MATCH (p)-[:PERIOD_OF]->(a:Agency)
CALL (a) {
  OPTIONAL MATCH (a)-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
    WHERE r.validFrom <= $asOf < r.validTo
  OPTIONAL MATCH (r)-[:GRANTED_BY]->(m:Mandate)
  WITH r, f, m
    ORDER BY m.effectiveFrom, m.code
  // codes: the report cites them as registry.MandateName does everywhere
  WITH r, f, collect(m.code) AS mandates
    ORDER BY f.code, r.role
  RETURN collect(CASE WHEN r IS NULL THEN null
                      ELSE {function: f.code, name: f.name, nameEn: f.nameEn, role: r.role, mandates: mandates} END) AS responsibilities
}
CALL (a) {
  OPTIONAL MATCH (a)-[line:REPORTS_TO]->(:Agency)<-[:PERIOD_OF]-(s:AgencyPeriod)
    WHERE line.validFrom <= $asOf < line.validTo AND s.validFrom <= $asOf < s.validTo
  WITH line, s
    ORDER BY s.code
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {line: line.line, code: s.code, name: s.name, nameEn: s.nameEn} END) AS superiors
}
RETURN a.code AS code, p.name AS name, p.nameEn AS nameEn, p.kind AS kind, p.sector AS sector,
       p.staffQuota AS staffQuota, u.code AS unit, u.name AS unitName, u.nameEn AS unitNameEn, u.level AS level,
       responsibilities, superiors
  ORDER BY CASE level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 ELSE 2 END, unit, code

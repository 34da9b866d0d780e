// id: NO_LEAD
// severity: MEDIUM
// title.vi: Không rõ đầu mối — có cơ quan phối hợp, tham mưu, quyết định nhưng không ai chủ trì
// title.en: No lead — a task with coordinating, advising or deciding bodies but no lead
// parameters: asOf
// columns: key, units, agencies, functions, mandates, score, grants
// explanation.vi: Tại {units}, {agencies} có vai trò phối hợp, tham mưu hoặc quyết định đối với {functions} nhưng không cơ quan nào chủ trì ({grants}).
// explanation.en: In {units}, {agencies} coordinate, advise on or decide {functions}, but no body leads it ({grants}).
//
// In a unit, a function has COORDINATE, ADVISE or DECIDE responsibilities of active agencies but no
// active agency of the unit leads it or a function above it: as in GAP, a lead of a function covers
// its parts (domain.md §8.3). Only responsibilities that count on $asOf, granted by a mandate in
// force, are looked at, holders and leads alike, of the units and agencies of $asOf. One finding per
// (function, unit).
// Responsibilities are grouped unit by unit: many small groupings are faster than one of the country.
// One pass over a unit's responsibilities gives both its leads and what is held; whether a mandate
// in force grants a responsibility is a membership test in the day's mandates in force, read once.
CALL () {
  MATCH (m:Mandate)
    WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf)
  RETURN collect(m) AS mandatesInForce
}
MATCH (up:AdminUnitPeriod)-[:PERIOD_OF]->(u:AdminUnit)
  WHERE up.validFrom <= $asOf < up.validTo
CALL (u, mandatesInForce) {
  MATCH (u)<-[:LOCATED_IN]-(p:AgencyPeriod {status: 'ACTIVE'})-[:PERIOD_OF]->(a:Agency)-[:HOLDS]->(r:Responsibility)
    WHERE p.validFrom <= $asOf < p.validTo AND r.validFrom <= $asOf < r.validTo
      AND r.role IN ['LEAD', 'COORDINATE', 'ADVISE', 'DECIDE']
      AND EXISTS { (r)-[:GRANTED_BY]->(m) WHERE m IN mandatesInForce }
  MATCH (r)-[:FOR]->(f:Function)
  WITH a, r, f, r.role = 'LEAD' AS leads
  WITH collect(DISTINCT CASE WHEN leads THEN f END) AS led,
       collect(CASE WHEN NOT leads THEN {function: f, agency: a, responsibility: r} END) AS held
  UNWIND held AS h
  WITH led, h, h.function AS f
    WHERE NOT EXISTS { (f)-[:PART_OF*0..]->(covering:Function) WHERE covering IN led }
  RETURN f, collect({agency: h.agency.code, responsibility: h.responsibility}) AS holders
}
UNWIND holders AS holder
WITH u, f, holder.agency AS agency, holder.responsibility AS r
OPTIONAL MATCH (r)-[:GRANTED_BY]->(m:Mandate)
  WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf)
WITH u, f, agency, collect(DISTINCT m.code) AS cited
  ORDER BY agency
WITH u, f, collect(agency) AS agencies, collect({agency: agency, mandates: cited}) AS grants
RETURN [f.code, u.code] AS key, [u.code] AS units, agencies, [f.code] AS functions,
       reduce(all = [], g IN grants | all + [c IN g.mandates WHERE NOT c IN all]) AS mandates,
       null AS score, grants

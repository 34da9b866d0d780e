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
// LEAD by an active agency. One finding per (function, unit). Only a lead on the function itself counts.
// Responsibilities are grouped unit by unit: many small groupings are faster than one of the country.
MATCH (u:AdminUnit)
CALL (u) {
  MATCH (u)<-[:LOCATED_IN]-(a:Agency {status: 'ACTIVE'})-[:HOLDS]->(r:Responsibility)
  MATCH (r)-[:FOR]->(f:Function)
  WITH f, collect(r.role) AS roles,
       collect(CASE WHEN r.role <> 'INSPECT' THEN {agency: a.code, responsibility: r} END) AS holders
    WHERE NOT 'LEAD' IN roles AND size(holders) > 0
  RETURN f, holders
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

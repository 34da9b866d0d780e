// id: UNFOUNDED
// severity: MEDIUM
// title.vi: Không có căn cứ pháp lý — trách nhiệm không dựa trên văn bản còn hiệu lực
// title.en: Unfounded — a responsibility without a mandate in force
// parameters: asOf
// columns: key, units, agencies, functions, mandates, score, grants, roleVi, roleEn
// explanation.vi: {agencies} giữ vai trò {roleVi} đối với {functions} tại {units} nhưng không có văn bản nào còn hiệu lực làm căn cứ (văn bản được dẫn: {mandates:status}).
// explanation.en: {agencies} holds the {roleEn} role for {functions} in {units}, but no mandate in force grants it (mandates cited: {mandates:status}).
//
// A responsibility of an active agency cites no mandate, or only mandates not in force on $asOf
// (not yet effective, or repealed on or before it). One finding per responsibility
// (agency, function, role); the mandates listed are the ones it cites that are not in force, each with
// the day it was repealed and the mandate that replaced it, where one is recorded (REPLACED_BY).
// Agencies and responsibilities are those of $asOf: a responsibility in its period while its agency
// is active (domain.md §8.3).
MATCH (p:AgencyPeriod {status: 'ACTIVE'})-[:PERIOD_OF]->(a:Agency)-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE p.validFrom <= $asOf < p.validTo AND r.validFrom <= $asOf < r.validTo
  AND NOT EXISTS {
    (r)-[:GRANTED_BY]->(m:Mandate)
      WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf)
  }
MATCH (p)-[:LOCATED_IN]->(u:AdminUnit)
OPTIONAL MATCH (r)-[:GRANTED_BY]->(old:Mandate)
WITH a, r, f, u, old
  ORDER BY old.code
WITH a, r, f, u, collect(DISTINCT old.code) AS cited
RETURN [a.code, f.code, r.role] AS key, [u.code] AS units, [a.code] AS agencies, [f.code] AS functions,
       cited AS mandates, null AS score, [{agency: a.code, mandates: cited}] AS grants,
       CASE r.role WHEN 'LEAD' THEN 'chủ trì' WHEN 'COORDINATE' THEN 'phối hợp' WHEN 'ADVISE' THEN 'tham mưu'
         WHEN 'DECIDE' THEN 'quyết định' ELSE 'thanh tra, kiểm tra' END AS roleVi,
       toLower(r.role) AS roleEn

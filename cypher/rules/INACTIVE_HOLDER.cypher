// id: INACTIVE_HOLDER
// severity: LOW
// title.vi: Cơ quan đã sáp nhập hoặc giải thể vẫn giữ trách nhiệm
// title.en: Inactive holder — a merged or dissolved body still holds responsibilities
// parameters: asOf
// columns: key, units, agencies, functions, mandates, score, grants, statusVi, statusEn
// explanation.vi: {agencies} đã {statusVi} nhưng vẫn được giao {functions}.
// explanation.en: {agencies} has been {statusEn} but still holds {functions}.
//
// An agency that exists on $asOf as MERGED or DISSOLVED still holds responsibilities in their
// period on that day (domain.md §8.3). One finding per agency, listing every function it still
// holds and the mandates that grant them.
MATCH (p:AgencyPeriod)-[:PERIOD_OF]->(a:Agency)-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE p.status IN ['MERGED', 'DISSOLVED'] AND p.validFrom <= $asOf < p.validTo
    AND r.validFrom <= $asOf < r.validTo
OPTIONAL MATCH (r)-[:GRANTED_BY]->(m:Mandate)
WITH a, p, f, m
  ORDER BY f.code, m.code
WITH a, p, collect(DISTINCT f.code) AS functions, collect(DISTINCT m.code) AS mandates
MATCH (p)-[:LOCATED_IN]->(u:AdminUnit)
RETURN [a.code] AS key, [u.code] AS units, [a.code] AS agencies, functions, mandates, null AS score,
       [{agency: a.code, mandates: mandates}] AS grants,
       CASE p.status WHEN 'MERGED' THEN 'sáp nhập' ELSE 'giải thể' END AS statusVi,
       toLower(p.status) AS statusEn

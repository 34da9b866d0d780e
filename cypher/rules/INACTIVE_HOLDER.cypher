// id: INACTIVE_HOLDER
// severity: LOW
// title.vi: Cơ quan đã sáp nhập hoặc giải thể vẫn giữ trách nhiệm
// title.en: Inactive holder — a merged or dissolved body still holds responsibilities
// parameters:
// columns: key, units, agencies, functions, mandates, score, grants, statusVi, statusEn
// explanation.vi: {agencies} đã {statusVi} nhưng vẫn được giao {functions}.
// explanation.en: {agencies} has been {statusEn} but still holds {functions}.
//
// A MERGED or DISSOLVED agency still holds responsibilities. One finding per agency, listing every
// function it still holds and the mandates that grant them.
MATCH (a:Agency)-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE a.status IN ['MERGED', 'DISSOLVED']
OPTIONAL MATCH (r)-[:GRANTED_BY]->(m:Mandate)
WITH a, f, m
  ORDER BY f.code, m.code
WITH a, collect(DISTINCT f.code) AS functions, collect(DISTINCT m.code) AS mandates
MATCH (a)-[:LOCATED_IN]->(u:AdminUnit)
RETURN [a.code] AS key, [u.code] AS units, [a.code] AS agencies, functions, mandates, null AS score,
       [{agency: a.code, mandates: mandates}] AS grants,
       CASE a.status WHEN 'MERGED' THEN 'sáp nhập' ELSE 'giải thể' END AS statusVi,
       toLower(a.status) AS statusEn

// id: MULTIPLE_SUPERIORS
// severity: LOW
// title.vi: Nhiều cấp trên trực tiếp về hành chính
// title.en: Multiple superiors — more than one administrative superior
// parameters:
// columns: key, units, agencies, functions, mandates, score, grants
// explanation.vi: {agency1} tại {unit1} trực thuộc về hành chính cùng lúc {agencies2+}.
// explanation.en: {agency1} in {unit1} reports administratively to {agencies2+} at the same time.
//
// An active agency has more than one active ADMINISTRATIVE superior (PROFESSIONAL and PARTY lines
// do not count). One finding per agency; the agency comes first, then its superiors.
MATCH (a:Agency {status: 'ACTIVE'})-[:REPORTS_TO {line: 'ADMINISTRATIVE'}]->(s:Agency {status: 'ACTIVE'})
MATCH (s)-[:LOCATED_IN]->(su:AdminUnit)
WITH a, s, su
  ORDER BY s.code
WITH a, collect(DISTINCT s.code) AS superiors, collect(su.code) AS superiorUnits
  WHERE size(superiors) > 1
MATCH (a)-[:LOCATED_IN]->(u:AdminUnit)
RETURN [a.code] AS key,
       [u.code] + reduce(all = [], c IN superiorUnits | all + CASE WHEN c = u.code OR c IN all THEN [] ELSE [c] END) AS units,
       [a.code] + superiors AS agencies, [] AS functions, [] AS mandates, null AS score, [] AS grants

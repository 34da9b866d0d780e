// id: MULTIPLE_SUPERIORS
// severity: LOW
// title.vi: Nhiều cấp trên trực tiếp về hành chính
// title.en: Multiple superiors — more than one administrative superior
// parameters: asOf
// columns: key, units, agencies, functions, mandates, score, grants
// explanation.vi: {agency1} tại {unit1} trực thuộc về hành chính cùng lúc {agencies2+}.
// explanation.en: {agency1} in {unit1} reports administratively to {agencies2+} at the same time.
//
// An active agency has more than one active ADMINISTRATIVE superior (PROFESSIONAL and PARTY lines
// do not count). One finding per agency; the agency comes first, then its superiors. Agencies and
// lines are those of $asOf (domain.md §8.3).
MATCH (p:AgencyPeriod {status: 'ACTIVE'})-[:PERIOD_OF]->(a:Agency)-[line:REPORTS_TO {line: 'ADMINISTRATIVE'}]->(s:Agency)
  WHERE p.validFrom <= $asOf < p.validTo AND line.validFrom <= $asOf < line.validTo
MATCH (s)<-[:PERIOD_OF]-(sp:AgencyPeriod {status: 'ACTIVE'})-[:LOCATED_IN]->(su:AdminUnit)
  WHERE sp.validFrom <= $asOf < sp.validTo
WITH a, p, s, su
  ORDER BY s.code
WITH a, p, collect(DISTINCT s.code) AS superiors, collect(su.code) AS superiorUnits
  WHERE size(superiors) > 1
MATCH (p)-[:LOCATED_IN]->(u:AdminUnit)
RETURN [a.code] AS key,
       [u.code] + reduce(all = [], c IN superiorUnits | all + CASE WHEN c = u.code OR c IN all THEN [] ELSE [c] END) AS units,
       [a.code] + superiors AS agencies, [] AS functions, [] AS mandates, null AS score, [] AS grants

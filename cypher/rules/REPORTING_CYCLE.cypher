// id: REPORTING_CYCLE
// severity: HIGH
// title.vi: Quan hệ trực thuộc vòng tròn
// title.en: Reporting cycle — administrative lines that go round in a circle
// parameters: asOf
// columns: key, units, agencies, functions, mandates, score, grants
// explanation.vi: {agencies} trực thuộc nhau về hành chính theo vòng tròn, nên không xác định được cấp trên cuối cùng.
// explanation.en: {agencies} report to each other administratively in a circle, so none of them has a final superior.
//
// ADMINISTRATIVE lines between active agencies form a cycle. Each cycle is reported once, with all
// its members (agencies that reach each other through such lines), ordered by code. Agencies and
// lines are those of $asOf (domain.md §8.3).
MATCH (p:AgencyPeriod {status: 'ACTIVE'})-[:PERIOD_OF]->(a:Agency)
  WHERE p.validFrom <= $asOf < p.validTo
MATCH path = (a)-[:REPORTS_TO*]->(a)
  WHERE all(line IN relationships(path) WHERE line.line = 'ADMINISTRATIVE' AND line.validFrom <= $asOf < line.validTo)
    AND all(n IN nodes(path) WHERE EXISTS {
      (n)<-[:PERIOD_OF]-(np:AgencyPeriod {status: 'ACTIVE'}) WHERE np.validFrom <= $asOf < np.validTo
    })
UNWIND nodes(path) AS member
WITH a, member
  ORDER BY member.code
WITH a, collect(DISTINCT member.code) AS members
WITH DISTINCT members
CALL (members) {
  UNWIND members AS code
  MATCH (mp:AgencyPeriod {code: code})-[:LOCATED_IN]->(mu:AdminUnit)
    WHERE mp.validFrom <= $asOf < mp.validTo
  RETURN collect(DISTINCT mu.code) AS memberUnits
}
RETURN members AS key, memberUnits AS units, members AS agencies,
       [] AS functions, [] AS mandates, null AS score, [] AS grants

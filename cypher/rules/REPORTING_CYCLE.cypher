// id: REPORTING_CYCLE
// severity: HIGH
// title.vi: Quan hệ trực thuộc vòng tròn
// title.en: Reporting cycle — administrative lines that go round in a circle
// parameters:
// columns: key, units, agencies, functions, mandates, score, grants
// explanation.vi: {agencies} trực thuộc nhau về hành chính theo vòng tròn, nên không xác định được cấp trên cuối cùng.
// explanation.en: {agencies} report to each other administratively in a circle, so none of them has a final superior.
//
// ADMINISTRATIVE lines between active agencies form a cycle. Each cycle is reported once, with all
// its members (agencies that reach each other through such lines), ordered by code.
MATCH path = (a:Agency {status: 'ACTIVE'})-[:REPORTS_TO* {line: 'ADMINISTRATIVE'}]->(a)
  WHERE all(n IN nodes(path) WHERE n.status = 'ACTIVE')
UNWIND nodes(path) AS member
WITH a, member
  ORDER BY member.code
WITH a, collect(DISTINCT member.code) AS members
WITH DISTINCT members
MATCH (first:Agency {code: members[0]})-[:LOCATED_IN]->(u:AdminUnit)
CALL (members) {
  UNWIND members AS code
  MATCH (:Agency {code: code})-[:LOCATED_IN]->(mu:AdminUnit)
  RETURN collect(DISTINCT mu.code) AS memberUnits
}
RETURN members AS key, [u.code] + [c IN memberUnits WHERE c <> u.code] AS units, members AS agencies,
       [] AS functions, [] AS mandates, null AS score, [] AS grants

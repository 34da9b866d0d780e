// id: GAP
// severity: HIGH
// title.vi: Bỏ sót — nhiệm vụ bắt buộc không có cơ quan chủ trì
// title.en: Gap — a required task nobody leads
// parameters:
// columns: key, units, agencies, functions, mandates, score, grants
// explanation.vi: Không cơ quan nào tại {units} chủ trì {functions}, dù theo {mandates} nhiệm vụ này phải có cơ quan chủ trì ở cấp này.
// explanation.en: No body in {units} leads {functions}, although {mandates} requires a lead at this level.
//
// A function-level rule says F must be led at level L, and a unit of level L has no active agency
// located there leading F or an ancestor of F. One finding per (function, unit). Function-level
// rules hold whatever the analysis date; their mandates are cited as the source of the requirement.
// Requirements and leads are matched by grouping on (unit, function), so no unit is compared with
// every lead: a required pair with no covering lead is a gap.
CALL () {
  MATCH (f:Function)-[rule:LED_AT]->(m:Mandate)
  MATCH (u:AdminUnit {level: rule.level})
  RETURN u, f, m.code AS mandate, false AS covered
  UNION ALL
  MATCH (u:AdminUnit)<-[:LOCATED_IN]-(:Agency {status: 'ACTIVE'})-[:HOLDS]->(:Responsibility {role: 'LEAD'})-[:FOR]->(:Function)<-[:PART_OF*0..]-(f:Function)
    WHERE EXISTS { (f)-[:LED_AT {level: u.level}]->(:Mandate) }
  RETURN u, f, null AS mandate, true AS covered
}
WITH u, f, collect(DISTINCT mandate) AS mandates, max(covered) AS covered
  WHERE NOT covered
RETURN [f.code, u.code] AS key, [u.code] AS units, [] AS agencies, [f.code] AS functions, mandates,
       null AS score, [] AS grants

// id: GAP
// severity: HIGH
// title.vi: Bỏ sót — nhiệm vụ bắt buộc không có cơ quan chủ trì
// title.en: Gap — a required task nobody leads
// parameters: asOf
// columns: key, units, agencies, functions, mandates, score, grants
// explanation.vi: Không cơ quan nào tại {units} chủ trì {functions}, dù theo {mandates} nhiệm vụ này phải có cơ quan chủ trì ở cấp này.
// explanation.en: No body in {units} leads {functions}, although {mandates} requires a lead at this level.
//
// A function-level rule says F must be led at level L, and a unit of level L has no active agency
// located there leading F or an ancestor of F. A rule that names kinds of unit (unitKinds: xã, not
// phường) requires a lead only in the units of those kinds, by their kind on $asOf; a unit whose kind
// is unknown is of none of them. One finding per (function, unit). A function-level
// rule holds on $asOf only while its period contains that day and its mandate is in force, and a
// lead covers only while it is in its period and a mandate in force grants it (domain.md §8.3); units
// and agencies are those of $asOf; the rules' mandates are cited as the source of the requirement.
// The requirements are gathered per level once; then each unit of that level is checked against
// the functions its leads cover (each led function and everything below it), the requirements kept
// first to those whose rules address the unit's kind (with the mandates of those rules).
MATCH (f:Function)-[rule:LED_AT]->(m:Mandate)
  WHERE rule.validFrom <= $asOf < rule.validTo AND m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf)
WITH rule.level AS level, f, m.code AS mandate, rule.unitKinds AS kinds
  ORDER BY mandate
WITH level, f, collect({mandate: mandate, kinds: kinds}) AS rules
  ORDER BY f.code
WITH level, collect({function: f, rules: rules}) AS requirements
MATCH (u:AdminUnit {level: level})<-[:PERIOD_OF]-(up:AdminUnitPeriod)
  WHERE up.validFrom <= $asOf < up.validTo
WITH u, [requirement IN requirements
         | {function: requirement.function,
            mandates: [rule IN requirement.rules WHERE rule.kinds IS NULL OR up.kind IN rule.kinds | rule.mandate]}]
       AS requirements
WITH u, [requirement IN requirements WHERE size(requirement.mandates) > 0] AS required
  WHERE size(required) > 0
CALL (u, required) {
  // From each agency of the unit to what its leads cover, in a subquery per agency: written as one
  // pattern, the planner may instead join every LEAD responsibility of the store for each unit.
  OPTIONAL MATCH (u)<-[:LOCATED_IN]-(p:AgencyPeriod {status: 'ACTIVE'})-[:PERIOD_OF]->(a:Agency)
    WHERE p.validFrom <= $asOf < p.validTo
  CALL (a) {
    OPTIONAL MATCH (a)-[:HOLDS]->(r:Responsibility)-[:FOR]->(:Function)<-[:PART_OF*0..]-(covered:Function)
      WHERE r.role = 'LEAD' AND r.validFrom <= $asOf < r.validTo
        AND EXISTS { (r)-[:GRANTED_BY]->(m:Mandate) WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf) }
    RETURN collect(DISTINCT covered) AS coveredByAgency
  }
  WITH reduce(acc = [], part IN collect(coveredByAgency) | acc + part) AS covered
  UNWIND required AS requirement
  WITH requirement
    WHERE NOT requirement.function IN covered
  RETURN requirement
}
RETURN [requirement.function.code, u.code] AS key, [u.code] AS units, [] AS agencies,
       [requirement.function.code] AS functions, requirement.mandates AS mandates, null AS score, [] AS grants

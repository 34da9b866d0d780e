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
// located there leading F or an ancestor of F. One finding per (function, unit). A function-level
// rule holds on $asOf only while its period contains that day and its mandate is in force, and a
// lead covers only while it is in its period and a mandate in force grants it (domain.md §8.3); units
// and agencies are those of $asOf; the rules' mandates are cited as the source of the requirement.
// The requirements are gathered per level once, and the mandates in force once; then each unit of
// that level reads the functions its agencies lead, once, and each requirement is covered when it or
// a function above it is among them.
CALL () {
  MATCH (m:Mandate)
    WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf)
  RETURN collect(m) AS mandatesInForce
}
MATCH (f:Function)-[rule:LED_AT]->(m:Mandate)
  WHERE rule.validFrom <= $asOf < rule.validTo AND m IN mandatesInForce
WITH mandatesInForce, rule.level AS level, f, m
  ORDER BY m.code
WITH mandatesInForce, level, f, collect(DISTINCT m.code) AS mandates
  ORDER BY f.code
WITH mandatesInForce, level, collect({function: f, mandates: mandates}) AS required
MATCH (u:AdminUnit {level: level})
  WHERE EXISTS { (u)<-[:PERIOD_OF]-(up:AdminUnitPeriod) WHERE up.validFrom <= $asOf < up.validTo }
CALL (u, required, mandatesInForce) {
  OPTIONAL MATCH (u)<-[:LOCATED_IN]-(p:AgencyPeriod {status: 'ACTIVE'})-[:PERIOD_OF]->(a:Agency)-[:HOLDS]->(r:Responsibility)
    WHERE p.validFrom <= $asOf < p.validTo AND r.role = 'LEAD' AND r.validFrom <= $asOf < r.validTo
      AND EXISTS { (r)-[:GRANTED_BY]->(m) WHERE m IN mandatesInForce }
  OPTIONAL MATCH (r)-[:FOR]->(g:Function)
  WITH required, collect(DISTINCT g) AS led
  UNWIND required AS requirement
  WITH requirement, requirement.function AS needed, led
    WHERE NOT EXISTS { (needed)-[:PART_OF*0..]->(covering:Function) WHERE covering IN led }
  RETURN requirement
}
RETURN [requirement.function.code, u.code] AS key, [u.code] AS units, [] AS agencies,
       [requirement.function.code] AS functions, requirement.mandates AS mandates, null AS score, [] AS grants

// id: OVERLAP_VERTICAL
// severity: MEDIUM
// title.vi: Chồng chéo giữa các cấp — một nhiệm vụ được chủ trì ở cả cấp trên và cấp dưới
// title.en: Vertical overlap — the same task led at two levels
// parameters: asOf
// columns: key, units, agencies, functions, mandates, score, grants
// explanation.vi: {functions} được chủ trì ở cả {unit1} và {unit2}, trong khi quy định phân cấp không giao nhiệm vụ này cho cả hai cấp ({grants}).
// explanation.en: {functions} is led both in {unit1} and in {unit2}, although the function-level rules do not expect a lead at both levels ({grants}).
//
// A function is led by active agencies in a unit and also in a unit below it (PART_OF, any depth),
// and the function-level rules do not expect a lead at both of those levels. Only what holds on
// $asOf counts (domain.md §8.3): a lead while it is in its period and a mandate in force grants it,
// a function-level rule while it is in its period and its mandate is in force (a repealed level rule
// expects nothing); agencies, units and parents are those of $asOf. A rule that names kinds of unit
// (unitKinds) expects a lead only in the units of those kinds, by their kind on $asOf (a unit whose
// kind is unknown is of none of them).
// One finding per (function, upper unit, lower unit). Functions whose led levels (on paper, a
// superset of those that count) are all expected in every unit of the level are skipped before any
// pair of units is looked at or any mandate read.
CALL () {
  MATCH (m:Mandate)
    WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf)
  RETURN collect(m) AS mandatesInForce
}
MATCH (p:AgencyPeriod {status: 'ACTIVE'})-[:LOCATED_IN]->(u:AdminUnit)
  WHERE p.validFrom <= $asOf < p.validTo
WITH mandatesInForce, p, u.level AS level
MATCH (p)-[:PERIOD_OF]->(:Agency)-[:HOLDS]->(r:Responsibility {role: 'LEAD'})-[:FOR]->(f:Function)
  WHERE r.validFrom <= $asOf < r.validTo
WITH mandatesInForce, f, collect(DISTINCT level) AS ledLevels
  WHERE size(ledLevels) > 1
OPTIONAL MATCH (f)-[rule:LED_AT]->(m:Mandate)
  WHERE rule.validFrom <= $asOf < rule.validTo AND m IN mandatesInForce
WITH mandatesInForce, f, ledLevels,
     collect(DISTINCT CASE WHEN rule.unitKinds IS NULL THEN rule.level END) AS expected,
     collect(DISTINCT CASE WHEN rule.unitKinds IS NOT NULL THEN {level: rule.level, kinds: rule.unitKinds} END)
       AS expectedOfKinds
  WHERE any(level IN ledLevels WHERE NOT level IN expected)
MATCH (p:AgencyPeriod {status: 'ACTIVE'})-[:PERIOD_OF]->(a:Agency)-[:HOLDS]->(r:Responsibility {role: 'LEAD'})-[:FOR]->(f),
      (p)-[:LOCATED_IN]->(u:AdminUnit)
  WHERE p.validFrom <= $asOf < p.validTo AND r.validFrom <= $asOf < r.validTo
  AND EXISTS { (r)-[:GRANTED_BY]->(m) WHERE m IN mandatesInForce }
WITH f, expected, expectedOfKinds, u, collect({agency: a.code, responsibility: r}) AS leads
WITH f, expected, expectedOfKinds, u, leads,
     head([(u)<-[:PERIOD_OF]-(up:AdminUnitPeriod) WHERE up.validFrom <= $asOf < up.validTo | up.kind]) AS kind
WITH f, collect({unit: u, leads: leads,
                 expected: u.level IN expected
                   OR any(rule IN expectedOfKinds WHERE rule.level = u.level AND coalesce(kind IN rule.kinds, false))})
       AS ledUnits
UNWIND ledUnits AS lower
UNWIND ledUnits AS upper
WITH f, lower, upper, lower.unit AS lowerUnit, upper.unit AS upperUnit
  WHERE EXISTS {
    (lowerUnit) ((:AdminUnit)<-[:PERIOD_OF]-(between:AdminUnitPeriod)-[:PART_OF]->(:AdminUnit)
      WHERE between.validFrom <= $asOf < between.validTo)+ (upperUnit)
  }
  AND NOT (lower.expected AND upper.expected)
CALL (upper, lower) {
  UNWIND upper.leads + lower.leads AS lead
  WITH lead.agency AS agency, lead.responsibility AS r
  OPTIONAL MATCH (r)-[:GRANTED_BY]->(m:Mandate)
    WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf)
  WITH agency, collect(DISTINCT m.code) AS cited
  RETURN collect({agency: agency, mandates: cited}) AS grants
}
RETURN [f.code, upperUnit.code, lowerUnit.code] AS key, [upperUnit.code, lowerUnit.code] AS units,
       [g IN grants | g.agency] AS agencies, [f.code] AS functions,
       reduce(all = [], g IN grants | all + [c IN g.mandates WHERE NOT c IN all]) AS mandates,
       null AS score, grants

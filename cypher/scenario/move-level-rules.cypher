// When level $level ends on $asOf, its function-level rules (phân cấp) move with the work: for each
// function that a body of the level leads that day and hands over ($handovers: [{agency, successors}],
// the bodies and their successors as level-successors gives them), each rule that says the function
// must be led at $level applies from $asOf at the level of each successor's unit (the communes for
// DOWN, the unit above for UP, the unit of the body named for `to`), with the same mandate and until
// the rule would have ended — unless a rule of the function already holds at that level (the law
// already says who leads there; it is kept as it is). A lead counts, and a rule holds, as the rules
// read them (domain.md §8.3: in its period, granted by / resting on a mandate in force). A rule that
// names kinds of unit of $level (unitKinds) does not move: its kinds mean nothing at another level.
// The rules of $level are left as they are: no unit of that level is left for them to address.
// Returns the rules added: function, level, mandate.
UNWIND $handovers AS handover
MATCH (:Agency {code: handover.agency})-[:HOLDS]->(r:Responsibility {role: 'LEAD'})-[:FOR]->(f:Function)
  WHERE r.validFrom <= $asOf < r.validTo
    AND EXISTS {
      (r)-[:GRANTED_BY]->(grant:Mandate)
        WHERE grant.effectiveFrom <= $asOf AND (grant.repealedOn IS NULL OR grant.repealedOn > $asOf)
    }
UNWIND handover.successors AS successor
MATCH (sp:AgencyPeriod {code: successor})-[:LOCATED_IN]->(:AdminUnit)<-[:PERIOD_OF]-(up:AdminUnitPeriod)
  WHERE sp.validFrom <= $asOf < sp.validTo AND up.validFrom <= $asOf < up.validTo AND up.level <> $level
WITH DISTINCT f, up.level AS target
  WHERE NOT EXISTS {
    (f)-[held:LED_AT {level: target}]->(m:Mandate)
      WHERE held.validFrom <= $asOf < held.validTo
        AND m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf)
  }
MATCH (f)-[rule:LED_AT {level: $level}]->(m:Mandate)
  WHERE rule.validFrom <= $asOf < rule.validTo AND rule.unitKinds IS NULL
    AND m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf)
WITH f, target, collect(DISTINCT {mandate: m, validTo: rule.validTo}) AS rules
UNWIND rules AS moved
WITH f, target, moved.mandate AS m, moved.validTo AS validTo
CREATE (f)-[:LED_AT {level: target, validFrom: $asOf, validTo: validTo}]->(m)
RETURN f.code AS function, target AS level, m.code AS mandate
  ORDER BY function, level, mandate

// The levels at which a function must be led on $asOf: its function-level rules that hold that day
// (in their period, their mandate in force), as GAP reads them. At the level of the unit asked about
// ($level), a rule that names kinds of unit counts only if the unit ($kind, its kind that day; null
// when unknown, which is of no kind) is of one of them: a phường is not required to lead what the
// rules ask of xã and thị trấn. $function: code; $asOf: date; $level: AdminLevel name; $kind: UnitKind
// name or null
MATCH (:Function {code: $function})-[rule:LED_AT]->(m:Mandate)
  WHERE rule.validFrom <= $asOf < rule.validTo
    AND m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf)
    AND (rule.level <> $level OR rule.unitKinds IS NULL OR $kind IN rule.unitKinds)
RETURN DISTINCT rule.level AS level
  ORDER BY level

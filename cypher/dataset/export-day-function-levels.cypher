// The function-level rules in their period on $day, whatever their mandate (the rules check that it is
// in force as of the day) (export --as-of). $day: date
MATCH (f:Function)-[rule:LED_AT]->(m:Mandate)
  WHERE rule.validFrom <= $day < rule.validTo
RETURN DISTINCT f.code AS function_code, rule.level AS level,
       reduce(cell = null, kind IN coalesce(rule.unitKinds, []) | coalesce(cell + ';', '') + kind) AS unit_kinds,
       m.code AS mandate_code
ORDER BY function_code, level, mandate_code

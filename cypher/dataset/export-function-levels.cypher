// Every function-level rule, one row per period; the kinds of unit a rule addresses are one cell,
// separated by ';' (empty: every unit of the level).
MATCH (f:Function)-[rule:LED_AT]->(m:Mandate)
RETURN f.code AS function_code, rule.level AS level,
       reduce(cell = null, kind IN coalesce(rule.unitKinds, []) | coalesce(cell + ';', '') + kind) AS unit_kinds,
       m.code AS mandate_code,
       rule.validFrom AS valid_from, rule.validTo AS valid_to
ORDER BY function_code, level, mandate_code, valid_from

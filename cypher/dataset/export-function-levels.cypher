MATCH (f:Function)-[rule:LED_AT]->(m:Mandate)
RETURN f.code AS function_code, rule.level AS level, m.code AS mandate_code,
       rule.validFrom AS valid_from, rule.validTo AS valid_to
ORDER BY function_code, level, mandate_code, valid_from

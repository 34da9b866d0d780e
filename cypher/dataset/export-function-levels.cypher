MATCH (f:Function)-[rule:LED_AT]->(m:Mandate)
RETURN f.code AS function_code, rule.level AS level, m.code AS mandate_code
ORDER BY function_code, level, mandate_code

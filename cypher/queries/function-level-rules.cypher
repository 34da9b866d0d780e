// The levels at which each function must be led, and the mandate that says so. $codes: [function code]
UNWIND $codes AS code
MATCH (:Function {code: code})-[rule:LED_AT]->(mandate:Mandate)
RETURN code, rule.level AS level, mandate
ORDER BY code, CASE rule.level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 WHEN 'COMMUNE' THEN 2 ELSE 3 END

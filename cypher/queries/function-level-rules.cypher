// The function-level rules of functions in their period on $asOf. $codes: [function code], $asOf: date
UNWIND $codes AS code
MATCH (:Function {code: code})-[rule:LED_AT]->(mandate:Mandate)
  WHERE rule.validFrom <= $asOf < rule.validTo
RETURN code, rule.level AS level, mandate
ORDER BY code, CASE rule.level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 WHEN 'COMMUNE' THEN 2 ELSE 3 END

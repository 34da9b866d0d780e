// The levels at which a function must be led on $asOf: its function-level rules that hold that day
// (in their period, their mandate in force), as GAP reads them. $function: code; $asOf: date
MATCH (:Function {code: $function})-[rule:LED_AT]->(m:Mandate)
  WHERE rule.validFrom <= $asOf < rule.validTo
    AND m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf)
RETURN DISTINCT rule.level AS level
  ORDER BY level

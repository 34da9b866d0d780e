// The levels at which a function must be led (its function-level rules). $function: code
MATCH (:Function {code: $function})-[rule:LED_AT]->(:Mandate)
RETURN DISTINCT rule.level AS level
  ORDER BY level

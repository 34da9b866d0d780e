// Deletes a saved scenario (its change events, if it was applied, stay).
MATCH (s:Scenario {code: $name})
DELETE s
RETURN count(*) AS deleted

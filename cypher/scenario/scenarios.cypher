// Saved scenarios, by name; $name null for all.
MATCH (s:Scenario)
  WHERE $name IS NULL OR s.code = $name
RETURN s.code AS name, s.yaml AS yaml
  ORDER BY name

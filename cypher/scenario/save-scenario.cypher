// Saves a scenario by name (its file form, so that it reads back exactly).
MERGE (s:Scenario {code: $name})
SET s.description = $description, s.yaml = $yaml, s.savedAt = datetime()

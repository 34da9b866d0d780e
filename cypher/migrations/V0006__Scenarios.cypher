// Saved scenarios (by name) and the change events of applied ones.
CREATE CONSTRAINT scenario_code IF NOT EXISTS FOR (n:Scenario) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT change_event_code IF NOT EXISTS FOR (n:ChangeEvent) REQUIRE n.code IS UNIQUE;

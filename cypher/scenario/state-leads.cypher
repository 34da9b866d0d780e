// Who leads each function in each unit on $day: the LEAD responsibilities that count that day (in their
// period, of an active agency, granted by a mandate in force; domain.md §8.3), as the scenario predicts
// them or the record holds them (scenario compare). $day: date
MATCH (p:AgencyPeriod {status: 'ACTIVE'})-[:LOCATED_IN]->(u:AdminUnit)
  WHERE p.validFrom <= $day < p.validTo
MATCH (p)-[:PERIOD_OF]->(a:Agency)-[:HOLDS]->(r:Responsibility {role: 'LEAD'})-[:FOR]->(f:Function)
  WHERE r.validFrom <= $day < r.validTo
    AND EXISTS { (r)-[:GRANTED_BY]->(m:Mandate) WHERE m.effectiveFrom <= $day AND (m.repealedOn IS NULL OR m.repealedOn > $day) }
WITH f.code AS function, u.code AS unit, a.code AS agency
  ORDER BY function, unit, agency
RETURN function, unit, collect(agency) AS holders

// The agencies active on $day, each with its name and admin unit of that day: the bodies a scenario
// predicts (after its changes) or the record holds (scenario compare). $day: date
MATCH (a:Agency)<-[:PERIOD_OF]-(p:AgencyPeriod {status: 'ACTIVE'})-[:LOCATED_IN]->(u:AdminUnit)
  WHERE p.validFrom <= $day < p.validTo
RETURN a.code AS code, p.name AS name, u.code AS unit
  ORDER BY code

// The admin units that exist on $day, with their name and level of that day (scenario compare).
// $day: date
MATCH (u:AdminUnit)<-[:PERIOD_OF]-(p:AdminUnitPeriod)
  WHERE p.validFrom <= $day < p.validTo
RETURN u.code AS code, p.name AS name, u.level AS level
  ORDER BY code

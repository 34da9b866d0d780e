// The unit each agency serves on $asOf, as the unit was that day. $codes: [agency code], $asOf: date
UNWIND $codes AS code
MATCH (p:AgencyPeriod {code: code})-[:LOCATED_IN]->(:AdminUnit)<-[:PERIOD_OF]-(unit:AdminUnitPeriod)
  WHERE p.validFrom <= $asOf < p.validTo AND unit.validFrom <= $asOf < unit.validTo
RETURN code, unit

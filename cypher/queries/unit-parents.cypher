// The unit directly above each unit on $asOf, as it was that day. $codes: [unit code], $asOf: date
UNWIND $codes AS code
MATCH (p:AdminUnitPeriod {code: code})-[:PART_OF]->(:AdminUnit)<-[:PERIOD_OF]-(parent:AdminUnitPeriod)
  WHERE p.validFrom <= $asOf < p.validTo AND parent.validFrom <= $asOf < parent.validTo
RETURN code, parent

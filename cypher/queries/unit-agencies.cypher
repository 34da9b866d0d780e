// The agencies serving each unit on $asOf, as they were that day. $codes: [unit code], $asOf: date
UNWIND $codes AS code
MATCH (agency:AgencyPeriod)-[:LOCATED_IN]->(:AdminUnit {code: code})
  WHERE agency.validFrom <= $asOf < agency.validTo
RETURN code, agency
ORDER BY code, agency.code

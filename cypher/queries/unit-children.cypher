// The units directly below each unit on $asOf. $codes: [unit code], $asOf: date
UNWIND $codes AS code
MATCH (child:AdminUnitPeriod)-[:PART_OF]->(:AdminUnit {code: code})
  WHERE child.validFrom <= $asOf < child.validTo
RETURN code, child
ORDER BY code, child.code

// A unit and every unit below it on $asOf. $unit: code; $asOf: date
MATCH (scope:AdminUnit) ((:AdminUnit)<-[:PERIOD_OF]-(p:AdminUnitPeriod)-[:PART_OF]->(:AdminUnit)
    WHERE p.validFrom <= $asOf < p.validTo)* (:AdminUnit {code: $unit})
RETURN DISTINCT scope.code AS code

// A unit and every unit below it on $asOf; nothing when the unit does not exist that day.
// $unit: code; $asOf: date
MATCH (target:AdminUnit {code: $unit})
  WHERE EXISTS { (target)<-[:PERIOD_OF]-(p:AdminUnitPeriod) WHERE p.validFrom <= $asOf < p.validTo }
MATCH (scope:AdminUnit) ((:AdminUnit)<-[:PERIOD_OF]-(p:AdminUnitPeriod)-[:PART_OF]->(:AdminUnit)
    WHERE p.validFrom <= $asOf < p.validTo)* (target)
RETURN DISTINCT scope.code AS code

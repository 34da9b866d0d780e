// What lies in admin units $units on $asOf: the units directly below them and the agencies located
// in them (codes), so that their periods can be split before they move.
CALL () {
  UNWIND $units AS code
  MATCH (child:AdminUnitPeriod)-[:PART_OF]->(:AdminUnit {code: code})
    WHERE child.validFrom <= $asOf < child.validTo
  RETURN collect(DISTINCT child.code) AS children
}
CALL () {
  UNWIND $units AS code
  MATCH (agency:AgencyPeriod)-[:LOCATED_IN]->(:AdminUnit {code: code})
    WHERE agency.validFrom <= $asOf < agency.validTo
  RETURN collect(DISTINCT agency.code) AS agencies
}
RETURN children, agencies

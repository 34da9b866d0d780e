// From $asOf, the units directly below unit $from and the agencies located in it belong to unit $to
// instead. Their periods were split on $asOf (split-units, split-agencies), so only the part from that
// day on changes.
MATCH (from:AdminUnit {code: $from}), (to:AdminUnit {code: $to})
CALL (from, to) {
  MATCH (child:AdminUnitPeriod)-[old:PART_OF]->(from)
    WHERE child.validFrom <= $asOf < child.validTo
  DELETE old
  CREATE (child)-[:PART_OF]->(to)
}
CALL (from, to) {
  MATCH (agency:AgencyPeriod)-[old:LOCATED_IN]->(from)
    WHERE agency.validFrom <= $asOf < agency.validTo
  DELETE old
  CREATE (agency)-[:LOCATED_IN]->(to)
}

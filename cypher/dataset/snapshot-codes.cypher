// Existing agencies with their periods, and mandate codes with the mandate each was replaced by, for
// validating a data set.
CALL () {
  MATCH (a:Agency)<-[:PERIOD_OF]-(p:AgencyPeriod)
  RETURN 'Agency' AS label, a.code AS code, p.validFrom AS validFrom, p.validTo AS validTo, null AS successor
  UNION ALL
  MATCH (m:Mandate)
  OPTIONAL MATCH (m)-[:REPLACED_BY]->(s:Mandate)
  RETURN 'Mandate' AS label, m.code AS code, null AS validFrom, null AS validTo, s.code AS successor
}
RETURN label, code, validFrom, validTo, successor

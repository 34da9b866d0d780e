// Existing agencies with their periods (status and name in each, for the change events of a data
// set), and mandate codes with the mandate each was replaced by, for validating a data set.
CALL () {
  MATCH (a:Agency)<-[:PERIOD_OF]-(p:AgencyPeriod)
  RETURN 'Agency' AS label, a.code AS code, p.validFrom AS validFrom, p.validTo AS validTo, p.status AS status,
         p.name AS name, null AS successor
  UNION ALL
  MATCH (m:Mandate)
  OPTIONAL MATCH (m)-[:REPLACED_BY]->(s:Mandate)
  RETURN 'Mandate' AS label, m.code AS code, null AS validFrom, null AS validTo, null AS status, null AS name,
         s.code AS successor
}
RETURN label, code, validFrom, validTo, status, name, successor

// Existing agencies with their periods, and mandate codes, for validating a data set.
CALL () {
  MATCH (a:Agency)<-[:PERIOD_OF]-(p:AgencyPeriod)
  RETURN 'Agency' AS label, a.code AS code, p.validFrom AS validFrom, p.validTo AS validTo
  UNION ALL
  MATCH (m:Mandate)
  RETURN 'Mandate' AS label, m.code AS code, null AS validFrom, null AS validTo
}
RETURN label, code, validFrom, validTo

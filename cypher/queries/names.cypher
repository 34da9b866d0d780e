// Names of the entities a piece of output refers to (findings' explanations, reports); for each
// mandate when it took effect (to cite mandates in order), when it was repealed and the mandate that
// replaced it, which is named too. registry.Names reads it.
// $agencies, $functions, $units, $mandates: [code]; $asOf: the day whose names agencies and units
// are given by (a code that did not exist that day: its nearest period)
CALL () {
  UNWIND $agencies AS code
  MATCH (p:AgencyPeriod {code: code})
  WITH code, p
    ORDER BY p.validFrom
  WITH code, collect(p) AS periods
  WITH code, coalesce(head([x IN periods WHERE x.validFrom <= $asOf < x.validTo]),
                      last([x IN periods WHERE x.validTo <= $asOf]), head(periods)) AS n
  RETURN 'agency' AS type, code, n.name AS name, n.nameEn AS nameEn, null AS kind, null AS number, null AS since,
         null AS until, null AS replacedBy
  UNION ALL
  UNWIND $functions AS code
  MATCH (n:Function {code: code})
  RETURN 'function' AS type, code, n.name AS name, n.nameEn AS nameEn, null AS kind, null AS number, null AS since,
         null AS until, null AS replacedBy
  UNION ALL
  UNWIND $units AS code
  MATCH (p:AdminUnitPeriod {code: code})
  WITH code, p
    ORDER BY p.validFrom
  WITH code, collect(p) AS periods
  WITH code, coalesce(head([x IN periods WHERE x.validFrom <= $asOf < x.validTo]),
                      last([x IN periods WHERE x.validTo <= $asOf]), head(periods)) AS n
  RETURN 'unit' AS type, code, n.name AS name, n.nameEn AS nameEn, null AS kind, null AS number, null AS since,
         null AS until, null AS replacedBy
  UNION ALL
  UNWIND $mandates AS code
  MATCH (m:Mandate {code: code})
  OPTIONAL MATCH (m)-[:REPLACED_BY]->(successor:Mandate)
  UNWIND [x IN [m, successor] WHERE x IS NOT NULL] AS n
  WITH DISTINCT n
  OPTIONAL MATCH (n)-[:REPLACED_BY]->(next:Mandate)
  RETURN 'mandate' AS type, n.code AS code, n.title AS name, null AS nameEn, n.kind AS kind, n.number AS number,
         n.effectiveFrom AS since, n.repealedOn AS until, next.code AS replacedBy
}
RETURN type, code, name, nameEn, kind, number, since, until, replacedBy

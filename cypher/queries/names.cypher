// Names of the entities a piece of output refers to (findings' explanations, reports), and when each
// mandate took effect, to cite them in order. registry.Names reads it.
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
  RETURN 'agency' AS type, code, n.name AS name, n.nameEn AS nameEn, null AS kind, null AS number, null AS since
  UNION ALL
  UNWIND $functions AS code
  MATCH (n:Function {code: code})
  RETURN 'function' AS type, code, n.name AS name, n.nameEn AS nameEn, null AS kind, null AS number, null AS since
  UNION ALL
  UNWIND $units AS code
  MATCH (p:AdminUnitPeriod {code: code})
  WITH code, p
    ORDER BY p.validFrom
  WITH code, collect(p) AS periods
  WITH code, coalesce(head([x IN periods WHERE x.validFrom <= $asOf < x.validTo]),
                      last([x IN periods WHERE x.validTo <= $asOf]), head(periods)) AS n
  RETURN 'unit' AS type, code, n.name AS name, n.nameEn AS nameEn, null AS kind, null AS number, null AS since
  UNION ALL
  UNWIND $mandates AS code
  MATCH (n:Mandate {code: code})
  RETURN 'mandate' AS type, code, n.title AS name, null AS nameEn, n.kind AS kind, n.number AS number, n.effectiveFrom AS since
}
RETURN type, code, name, nameEn, kind, number, since

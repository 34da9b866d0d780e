// Names of the entities a piece of output refers to (findings' explanations, reports); for each
// mandate when it took effect (to cite mandates in order), when it was repealed and the mandate that
// replaced it, which is named too. registry.Names reads it.
// $agencies, $functions, $units, $mandates: [code]
CALL () {
  UNWIND $agencies AS code
  MATCH (n:Agency {code: code})
  RETURN 'agency' AS type, code, n.name AS name, n.nameEn AS nameEn, null AS kind, null AS number, null AS since,
         null AS until, null AS replacedBy
  UNION ALL
  UNWIND $functions AS code
  MATCH (n:Function {code: code})
  RETURN 'function' AS type, code, n.name AS name, n.nameEn AS nameEn, null AS kind, null AS number, null AS since,
         null AS until, null AS replacedBy
  UNION ALL
  UNWIND $units AS code
  MATCH (n:AdminUnit {code: code})
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

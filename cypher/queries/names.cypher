// Names of the entities a piece of output refers to (findings' explanations, reports), and when each
// mandate took effect, to cite them in order. registry.Names reads it.
// $agencies, $functions, $units, $mandates: [code]
CALL () {
  UNWIND $agencies AS code
  MATCH (n:Agency {code: code})
  RETURN 'agency' AS type, code, n.name AS name, n.nameEn AS nameEn, null AS kind, null AS number, null AS since
  UNION ALL
  UNWIND $functions AS code
  MATCH (n:Function {code: code})
  RETURN 'function' AS type, code, n.name AS name, n.nameEn AS nameEn, null AS kind, null AS number, null AS since
  UNION ALL
  UNWIND $units AS code
  MATCH (n:AdminUnit {code: code})
  RETURN 'unit' AS type, code, n.name AS name, n.nameEn AS nameEn, null AS kind, null AS number, null AS since
  UNION ALL
  UNWIND $mandates AS code
  MATCH (n:Mandate {code: code})
  RETURN 'mandate' AS type, code, n.title AS name, null AS nameEn, n.kind AS kind, n.number AS number, n.effectiveFrom AS since
}
RETURN type, code, name, nameEn, kind, number, since

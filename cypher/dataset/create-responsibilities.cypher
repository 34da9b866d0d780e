// Creates responsibilities known not to exist yet (the fast path of a first import).
// Each batch looks its agencies, functions and mandates up once; rows refer to them by position:
// $agencies, $functions, $mandates: [code] (all exist: the data set was validated)
// $rows: [[agencyIndex, functionIndex, code, role, [[mandateIndex, article]], validFrom, validTo]]
CALL () {
  UNWIND $agencies AS code
  MATCH (a:Agency {code: code})
  RETURN collect(a) AS agencies
}
CALL () {
  UNWIND $functions AS code
  MATCH (f:Function {code: code})
  RETURN collect(f) AS functions
}
CALL () {
  UNWIND $mandates AS code
  MATCH (m:Mandate {code: code})
  RETURN collect(m) AS mandates
}
WITH agencies, functions, mandates
WHERE size(agencies) = size($agencies) AND size(functions) = size($functions) AND size(mandates) = size($mandates)
UNWIND $rows AS row
WITH agencies[row[0]] AS a, functions[row[1]] AS f, mandates, row
CREATE (a)-[:HOLDS]->(r:Responsibility {code: row[2], role: row[3], validFrom: row[5], validTo: row[6]})-[:FOR]->(f)
WITH r, mandates, row
UNWIND row[4] AS grant
WITH r, mandates[grant[0]] AS m, grant[1] AS article
CREATE (r)-[:GRANTED_BY {article: article}]->(m)

// What a scenario is checked against: agencies (status, unit, kind), admin units (level, parent),
// functions (parent), and which functions each agency holds a responsibility for.
CALL () {
  MATCH (a:Agency)-[:LOCATED_IN]->(u:AdminUnit)
  OPTIONAL MATCH (a)-[:HOLDS]->(:Responsibility)-[:FOR]->(f:Function)
  RETURN a.code AS code, a.status AS status, u.code AS unit, a.kind AS kind, collect(DISTINCT f.code) AS held, 'agency' AS type
  UNION ALL
  MATCH (u:AdminUnit)
  OPTIONAL MATCH (u)-[:PART_OF]->(p:AdminUnit)
  RETURN u.code AS code, u.level AS status, p.code AS unit, null AS kind, [] AS held, 'unit' AS type
  UNION ALL
  MATCH (f:Function)
  OPTIONAL MATCH (f)-[:PART_OF]->(p:Function)
  RETURN f.code AS code, null AS status, p.code AS unit, null AS kind, [] AS held, 'function' AS type
}
RETURN type, code, status, unit, kind, held

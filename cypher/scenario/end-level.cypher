// The units of level $level end: the units below them join the unit above, and their (retired)
// agencies are kept, located in the unit above, as the record of what was.
MATCH (u:AdminUnit {level: $level})-[:PART_OF]->(parent:AdminUnit)
CALL (u, parent) {
  MATCH (c:AdminUnit)-[old:PART_OF]->(u)
  DELETE old
  CREATE (c)-[:PART_OF]->(parent)
}
CALL (u, parent) {
  MATCH (a:Agency)-[old:LOCATED_IN]->(u)
  DELETE old
  CREATE (a)-[:LOCATED_IN]->(parent)
}
DETACH DELETE u

// Admin units $units merge into unit $into: their children and agencies move to it, and the
// merged units (other than $into) are removed.
MATCH (into:AdminUnit {code: $into})
UNWIND $units AS code
MATCH (u:AdminUnit {code: code})
  WHERE u <> into
CALL (u, into) {
  MATCH (c:AdminUnit)-[old:PART_OF]->(u)
  DELETE old
  CREATE (c)-[:PART_OF]->(into)
}
CALL (u, into) {
  MATCH (a:Agency)-[old:LOCATED_IN]->(u)
  DELETE old
  CREATE (a)-[:LOCATED_IN]->(into)
}
DETACH DELETE u

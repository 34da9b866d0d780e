// Change events of a data set (domain.md §8.2): each replaces the event with its code, if any, and links
// to the agencies or admin units it started from and resulted in (W3C ORG org:originalOrganization and
// org:resultingOrganization; ORIGINAL_UNIT and RESULTING_UNIT for units), the functions it concerns and
// the mandate it is based on. Each link keeps the position of its code in the file's list.
UNWIND $rows AS row
OPTIONAL MATCH (old:ChangeEvent {code: row.code})
DETACH DELETE old
WITH row
CREATE (e:ChangeEvent {code: row.code, date: row.date, kind: row.kind, note: row.note})
WITH e, row
CALL (e, row) {
  UNWIND range(0, size(row.fromAgencies) - 1) AS i
  MATCH (a:Agency {code: row.fromAgencies[i]})
  CREATE (e)-[:ORIGINAL_ORGANIZATION {position: i}]->(a)
}
CALL (e, row) {
  UNWIND range(0, size(row.toAgencies) - 1) AS i
  MATCH (a:Agency {code: row.toAgencies[i]})
  CREATE (e)-[:RESULTING_ORGANIZATION {position: i}]->(a)
}
CALL (e, row) {
  UNWIND range(0, size(row.fromUnits) - 1) AS i
  MATCH (u:AdminUnit {code: row.fromUnits[i]})
  CREATE (e)-[:ORIGINAL_UNIT {position: i}]->(u)
}
CALL (e, row) {
  UNWIND range(0, size(row.toUnits) - 1) AS i
  MATCH (u:AdminUnit {code: row.toUnits[i]})
  CREATE (e)-[:RESULTING_UNIT {position: i}]->(u)
}
CALL (e, row) {
  UNWIND range(0, size(row.functions) - 1) AS i
  MATCH (f:Function {code: row.functions[i]})
  CREATE (e)-[:CONCERNS {position: i}]->(f)
}
CALL (e, row) {
  MATCH (m:Mandate {code: row.mandate})
  CREATE (e)-[:BASED_ON]->(m)
}

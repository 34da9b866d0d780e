// A change event (domain.md §8.2; W3C ORG org:ChangeEvent) recording one change of a scenario, in the
// shape an imported changes.csv row takes (dataset/merge-change-events): code, day of effect ($asOf),
// kind and note, with the agencies or admin units it started from and resulted in (each link with its
// position), the functions it concerns and the mandate it is based on; also which scenario and which of
// its changes, and when it was applied. It replaces an event with the same code.
OPTIONAL MATCH (old:ChangeEvent {code: $code})
DETACH DELETE old
WITH count(*) AS replaced
CREATE (e:ChangeEvent {code: $code, date: $asOf, kind: $kind, note: $note, scenario: $scenario, change: $index,
                       at: datetime()})
WITH e
CALL (e) {
  UNWIND range(0, size($fromAgencies) - 1) AS i
  MATCH (a:Agency {code: $fromAgencies[i]})
  CREATE (e)-[:ORIGINAL_ORGANIZATION {position: i}]->(a)
}
CALL (e) {
  UNWIND range(0, size($toAgencies) - 1) AS i
  MATCH (a:Agency {code: $toAgencies[i]})
  CREATE (e)-[:RESULTING_ORGANIZATION {position: i}]->(a)
}
CALL (e) {
  UNWIND range(0, size($fromUnits) - 1) AS i
  MATCH (u:AdminUnit {code: $fromUnits[i]})
  CREATE (e)-[:ORIGINAL_UNIT {position: i}]->(u)
}
CALL (e) {
  UNWIND range(0, size($toUnits) - 1) AS i
  MATCH (u:AdminUnit {code: $toUnits[i]})
  CREATE (e)-[:RESULTING_UNIT {position: i}]->(u)
}
CALL (e) {
  UNWIND range(0, size($functions) - 1) AS i
  MATCH (f:Function {code: $functions[i]})
  CREATE (e)-[:CONCERNS {position: i}]->(f)
}

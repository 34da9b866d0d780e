// A W3C ORG change event (org:ChangeEvent) recording one change of a scenario: the organisations it
// started from (org:originalOrganization) and those it resulted in (org:resultingOrganization), and
// the day it took effect ($asOf).
CREATE (e:ChangeEvent {code: $scenario + '#' + $index + '@' + toString(datetime()), scenario: $scenario, change: $index,
                       kind: $kind, description: $description, date: $asOf, at: datetime()})
WITH e
CALL (e) {
  UNWIND $originals AS code
  MATCH (a:Agency {code: code})
  CREATE (e)-[:ORIGINAL_ORGANIZATION]->(a)
}
CALL (e) {
  UNWIND $results AS code
  MATCH (a:Agency {code: code})
  CREATE (e)-[:RESULTING_ORGANIZATION]->(a)
}

// Splits the periods of agencies $codes that contain $asOf and began before it: the part from $asOf
// on becomes a period of its own (same attributes, same unit), so that a change from that day can be
// written on it while the record before it stays as it was. After this, "the period that contains
// $asOf" is the one that begins on it.
UNWIND $codes AS code
MATCH (p:AgencyPeriod {code: code})-[:PERIOD_OF]->(a:Agency)
  WHERE p.validFrom < $asOf < p.validTo
CREATE (q:AgencyPeriod)-[:PERIOD_OF]->(a)
SET q = properties(p), q.validFrom = $asOf, p.validTo = $asOf
WITH p, q
MATCH (p)-[:LOCATED_IN]->(u:AdminUnit)
CREATE (q)-[:LOCATED_IN]->(u)

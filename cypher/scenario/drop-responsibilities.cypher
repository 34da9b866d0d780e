// From $asOf, agency $from no longer holds its responsibilities for $function and the tasks under it
// (all when null): each ends on that day (one that would be left with an empty period is removed;
// the ends are set before the removals, which must come last).
MATCH (:Agency {code: $from})-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE r.validFrom <= $asOf < r.validTo
    AND ($function IS NULL OR EXISTS { (f)-[:PART_OF*0..]->(:Function {code: $function}) })
CALL (r) {
  WITH r
    WHERE r.validFrom < $asOf
  SET r.validTo = $asOf
}
CALL (r) {
  WITH r
    WHERE r.validFrom = $asOf
  DETACH DELETE r
}

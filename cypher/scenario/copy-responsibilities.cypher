// From $asOf, agency $to holds what agency $from holds that day for $function and the tasks under it
// (all when null), with the grants. Where $to already holds the same function in the same role that
// day, the grants join that responsibility: one responsibility per agency, function and role on a
// day. A new one holds from $asOf until the copied one would have ended.
MATCH (:Agency {code: $from})-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE r.validFrom <= $asOf < r.validTo
    AND ($function IS NULL OR EXISTS { (f)-[:PART_OF*0..]->(:Function {code: $function}) })
MATCH (to:Agency {code: $to})
OPTIONAL MATCH (to)-[:HOLDS]->(held:Responsibility {role: r.role})-[:FOR]->(f)
  WHERE held.validFrom <= $asOf < held.validTo
CALL (r, f, to, held) {
  WITH r, f, to, held
    WHERE held IS NULL
  CREATE (to)-[:HOLDS]->(copy:Responsibility {code: to.code + ':' + f.code + ':' + r.role + '@' + toString($asOf),
                                             role: r.role, validFrom: $asOf, validTo: r.validTo})-[:FOR]->(f)
  RETURN copy
  UNION
  WITH held
    WHERE held IS NOT NULL
  RETURN held AS copy
}
WITH r, copy
MATCH (r)-[grant:GRANTED_BY]->(m:Mandate)
MERGE (copy)-[kept:GRANTED_BY]->(m)
  ON CREATE SET kept.article = grant.article

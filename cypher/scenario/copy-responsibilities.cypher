// Gives agency $to the responsibilities agency $from holds for $function and the tasks under it (all
// when null), with their grants. Where $to already holds the same function in the same role, the
// grants join that responsibility: one responsibility per agency, function and role.
MATCH (from:Agency {code: $from})-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE $function IS NULL OR EXISTS { (f)-[:PART_OF*0..]->(:Function {code: $function}) }
MATCH (to:Agency {code: $to})
MERGE (copy:Responsibility {code: to.code + ':' + f.code + ':' + r.role})
  ON CREATE SET copy.role = r.role
MERGE (to)-[:HOLDS]->(copy)
MERGE (copy)-[:FOR]->(f)
WITH r, copy
MATCH (r)-[grant:GRANTED_BY]->(m:Mandate)
MERGE (copy)-[kept:GRANTED_BY]->(m)
  ON CREATE SET kept.article = grant.article

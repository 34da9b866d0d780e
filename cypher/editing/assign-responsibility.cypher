// Gives an agency a role for a function, granted by a mandate if $mandate is given.
// $agency, $function, $role, $code (agency:function:role), $mandate, $article
MATCH (a:Agency {code: $agency}), (f:Function {code: $function})
MERGE (a)-[:HOLDS]->(r:Responsibility {code: $code})-[:FOR]->(f)
  ON CREATE SET r.role = $role, r.validFrom = $beginning, r.validTo = $end
WITH r
OPTIONAL MATCH (m:Mandate {code: $mandate})
FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END |
  MERGE (r)-[g:GRANTED_BY]->(m)
  SET g.article = $article)
RETURN r.code AS responsibility, r.role AS role, $agency AS agency, $function AS function

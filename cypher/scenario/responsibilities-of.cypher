// The responsibilities an agency holds for a function and the tasks under it (all of them when
// $function is null): what a transfer, merger or dissolution moves. $from: agency code
MATCH (:Agency {code: $from})-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE $function IS NULL OR EXISTS { (f)-[:PART_OF*0..]->(:Function {code: $function}) }
RETURN f.code AS function, r.role AS role
  ORDER BY function, role

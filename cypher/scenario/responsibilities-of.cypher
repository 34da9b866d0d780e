// The responsibilities an agency holds on $asOf for a function and the tasks under it (all of them
// when $function is null): what a transfer, merger or dissolution moves. $from: agency code
MATCH (:Agency {code: $from})-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE r.validFrom <= $asOf < r.validTo
    AND ($function IS NULL OR EXISTS { (f)-[:PART_OF*0..]->(:Function {code: $function}) })
RETURN f.code AS function, r.role AS role
  ORDER BY function, role

// Removes the responsibilities agency $from holds for $function and the tasks under it (all when null).
MATCH (:Agency {code: $from})-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE $function IS NULL OR EXISTS { (f)-[:PART_OF*0..]->(:Function {code: $function}) }
DETACH DELETE r

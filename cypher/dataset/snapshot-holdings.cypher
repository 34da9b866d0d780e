// The responsibilities (any role, with their periods) for the functions $functions and the tasks under
// them, for checking the TRANSFER events of a data set's changes.csv.
MATCH (top:Function)
  WHERE top.code IN $functions
MATCH (a:Agency)-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)-[:PART_OF*0..]->(top)
RETURN DISTINCT a.code AS agency, f.code AS function, r.validFrom AS validFrom, r.validTo AS validTo

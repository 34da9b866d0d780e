// Sets the mandate each mandate was replaced by, replacing a different one; none removes it.
// $rows: [{code, replacedBy}]
UNWIND $rows AS row
MATCH (m:Mandate {code: row.code})
OPTIONAL MATCH (m)-[old:REPLACED_BY]->(previous:Mandate)
  WHERE row.replacedBy IS NULL OR previous.code <> row.replacedBy
DELETE old
WITH DISTINCT m, row
MATCH (successor:Mandate {code: row.replacedBy})
MERGE (m)-[:REPLACED_BY]->(successor)

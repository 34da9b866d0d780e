// Sets each function's parent in the function tree, replacing a different one. $rows: [{code, parentCode}]
UNWIND $rows AS row
MATCH (f:Function {code: row.code})
OPTIONAL MATCH (f)-[old:PART_OF]->(previous:Function)
  WHERE row.parentCode IS NULL OR previous.code <> row.parentCode
DELETE old
WITH DISTINCT f, row
MATCH (parent:Function {code: row.parentCode})
MERGE (f)-[:PART_OF]->(parent)

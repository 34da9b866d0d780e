// Sets each admin unit's parent (PART_OF), replacing a different one. $rows: [{code, parentCode}]
UNWIND $rows AS row
MATCH (u:AdminUnit {code: row.code})
OPTIONAL MATCH (u)-[old:PART_OF]->(previous:AdminUnit)
  WHERE row.parentCode IS NULL OR previous.code <> row.parentCode
DELETE old
WITH DISTINCT u, row
MATCH (parent:AdminUnit {code: row.parentCode})
MERGE (u)-[:PART_OF]->(parent)

// Sets the parent (PART_OF) of each period of an admin unit, replacing a different one.
// $rows: [{code, validFrom, parentCode}]
UNWIND $rows AS row
MATCH (:AdminUnit {code: row.code})<-[:PERIOD_OF]-(p:AdminUnitPeriod {validFrom: row.validFrom})
OPTIONAL MATCH (p)-[old:PART_OF]->(previous:AdminUnit)
  WHERE row.parentCode IS NULL OR previous.code <> row.parentCode
DELETE old
WITH DISTINCT p, row
MATCH (parent:AdminUnit {code: row.parentCode})
MERGE (p)-[:PART_OF]->(parent)

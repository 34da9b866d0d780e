// Makes an agency serve another unit. $code, $unit
MATCH (a:Agency {code: $code}), (u:AdminUnit {code: $unit})
OPTIONAL MATCH (a)-[old:LOCATED_IN]->()
DELETE old
CREATE (a)-[:LOCATED_IN]->(u)

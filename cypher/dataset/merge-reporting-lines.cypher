// Adds reporting lines (one per agency, superior and line). $rows: [{agencyCode, superiorCode, line}]
UNWIND $rows AS row
MATCH (a:Agency {code: row.agencyCode})
MATCH (superior:Agency {code: row.superiorCode})
MERGE (a)-[:REPORTS_TO {line: row.line}]->(superior)

// Adds reporting lines (one per agency, superior, line and period).
// $rows: [{agencyCode, superiorCode, line, validFrom, validTo}]
UNWIND $rows AS row
MATCH (a:Agency {code: row.agencyCode})
MATCH (superior:Agency {code: row.superiorCode})
MERGE (a)-[:REPORTS_TO {line: row.line, validFrom: row.validFrom, validTo: row.validTo}]->(superior)

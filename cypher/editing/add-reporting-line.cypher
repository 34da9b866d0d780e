// A new reporting line without bounds.
MATCH (a:Agency {code: $agency}), (s:Agency {code: $superior})
CREATE (a)-[:REPORTS_TO {line: $line, validFrom: $beginning, validTo: $end}]->(s)

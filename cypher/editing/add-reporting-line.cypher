// Places an agency under a superior by a line. $agency, $superior, $line
MATCH (a:Agency {code: $agency}), (s:Agency {code: $superior})
CREATE (a)-[:REPORTS_TO {line: $line}]->(s)

// Whether an agency reports to a superior by a line. $agency, $superior, $line
RETURN EXISTS {
  (:Agency {code: $agency})-[:REPORTS_TO {line: $line}]->(:Agency {code: $superior})
} AS exists

// Removes a reporting line. $agency, $superior, $line
MATCH (:Agency {code: $agency})-[l:REPORTS_TO {line: $line}]->(:Agency {code: $superior})
DELETE l

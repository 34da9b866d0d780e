// Direct subordinates of each agency with the line. $codes: [agency code]
UNWIND $codes AS code
MATCH (subordinate:Agency)-[reporting:REPORTS_TO]->(:Agency {code: code})
RETURN code, reporting.line AS line, subordinate AS agency
ORDER BY code, reporting.line, subordinate.code

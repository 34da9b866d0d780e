MATCH (a:Agency)-[line:REPORTS_TO]->(superior:Agency)
RETURN a.code AS agency_code, superior.code AS superior_code, line.line AS line
ORDER BY agency_code, superior_code, line

MATCH (a:Agency)-[line:REPORTS_TO]->(superior:Agency)
RETURN a.code AS agency_code, superior.code AS superior_code, line.line AS line,
       line.validFrom AS valid_from, line.validTo AS valid_to
ORDER BY agency_code, superior_code, line, valid_from

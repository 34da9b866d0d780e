// Direct superiors of each agency with the line, those in higher units and ADMINISTRATIVE lines first.
// $codes: [agency code]
UNWIND $codes AS code
MATCH (:Agency {code: code})-[reporting:REPORTS_TO]->(superior:Agency)-[:LOCATED_IN]->(unit:AdminUnit)
RETURN code, reporting.line AS line, superior AS agency
ORDER BY code,
  CASE reporting.line WHEN 'ADMINISTRATIVE' THEN 0 WHEN 'PARTY' THEN 1 ELSE 2 END,
  CASE unit.level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 WHEN 'COMMUNE' THEN 2 ELSE 3 END,
  superior.code

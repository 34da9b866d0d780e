// The direct superiors of agencies on $asOf: lines in their period to agencies that exist that day,
// administrative lines first, then higher units first. $codes: [agency code], $asOf: date
UNWIND $codes AS code
MATCH (:Agency {code: code})-[reporting:REPORTS_TO]->(:Agency)<-[:PERIOD_OF]-(superior:AgencyPeriod)-[:LOCATED_IN]->(unit:AdminUnit)
  WHERE reporting.validFrom <= $asOf < reporting.validTo AND superior.validFrom <= $asOf < superior.validTo
RETURN code, reporting.line AS line, superior AS agency
ORDER BY code,
  CASE reporting.line WHEN 'ADMINISTRATIVE' THEN 0 WHEN 'PARTY' THEN 1 ELSE 2 END,
  CASE unit.level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 WHEN 'COMMUNE' THEN 2 ELSE 3 END,
  superior.code

// The direct subordinates of agencies on $asOf: lines in their period to agencies that exist that
// day. $codes: [agency code], $asOf: date
UNWIND $codes AS code
MATCH (subordinate:AgencyPeriod)-[:PERIOD_OF]->(:Agency)-[reporting:REPORTS_TO]->(:Agency {code: code})
  WHERE reporting.validFrom <= $asOf < reporting.validTo AND subordinate.validFrom <= $asOf < subordinate.validTo
RETURN code, reporting.line AS line, subordinate AS agency
ORDER BY code, reporting.line, subordinate.code

// The reporting lines that hold on $day: in their period, both agencies existing that day (export --as-of).
// $day: date
MATCH (a:Agency)-[line:REPORTS_TO]->(superior:Agency)
  WHERE line.validFrom <= $day < line.validTo
    AND EXISTS { (a)<-[:PERIOD_OF]-(p:AgencyPeriod) WHERE p.validFrom <= $day < p.validTo }
    AND EXISTS { (superior)<-[:PERIOD_OF]-(p:AgencyPeriod) WHERE p.validFrom <= $day < p.validTo }
RETURN a.code AS agency_code, superior.code AS superior_code, line.line AS line
ORDER BY agency_code, superior_code, line

// A new agency with one period without bounds, serving $unit.
MATCH (u:AdminUnit {code: $unit})
CREATE (a:Agency {code: $code})
CREATE (p:AgencyPeriod {code: $code, validFrom: $beginning, validTo: $end, name: $name, nameEn: $nameEn,
                        sector: $sector, kind: $kind, status: $status, staffQuota: $staffQuota})-[:PERIOD_OF]->(a)
CREATE (p)-[:LOCATED_IN]->(u)

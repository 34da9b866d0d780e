// A new agency created by a merger, from $asOf, in the unit and sector agency $like has that day.
MATCH (like:AgencyPeriod {code: $like})-[:LOCATED_IN]->(u:AdminUnit)
  WHERE like.validFrom <= $asOf < like.validTo
CREATE (a:Agency {code: $code})
CREATE (p:AgencyPeriod {code: $code, validFrom: $asOf, validTo: $end, name: $name, nameEn: $nameEn, kind: $kind,
                        sector: like.sector, status: 'ACTIVE'})-[:PERIOD_OF]->(a)
CREATE (p)-[:LOCATED_IN]->(u)

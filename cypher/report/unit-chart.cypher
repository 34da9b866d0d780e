// The report's org chart of one unit on $asOf: its active agencies, each with the agencies of the
// same unit it reports to, administrative lines first. $unit: the unit's code; $asOf: date
MATCH (:AdminUnit {code: $unit})<-[:LOCATED_IN]-(a:AgencyPeriod {status: 'ACTIVE'})
  WHERE a.validFrom <= $asOf < a.validTo
CALL (a) {
  OPTIONAL MATCH (a)-[:PERIOD_OF]->(:Agency)-[line:REPORTS_TO]->(:Agency)<-[:PERIOD_OF]-(s:AgencyPeriod {status: 'ACTIVE'})-[:LOCATED_IN]->(:AdminUnit {code: $unit})
    WHERE line.validFrom <= $asOf < line.validTo AND s.validFrom <= $asOf < s.validTo
  WITH line, s
    ORDER BY CASE line.line WHEN 'ADMINISTRATIVE' THEN 0 ELSE 1 END, s.code
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {code: s.code, line: line.line} END) AS superiors
}
RETURN a.code AS code, a.name AS name,
       a.nameEn AS nameEn, superiors
  ORDER BY code

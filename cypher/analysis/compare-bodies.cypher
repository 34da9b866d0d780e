// Each agency as it was on $from and on $to (null where it did not exist), for the comparison of two
// days; only agencies serving a unit of $scope on either day when $scope is given. $from, $to: dates;
// $scope: [unit code] or null
MATCH (a:Agency)<-[:PERIOD_OF]-(p:AgencyPeriod)
  WHERE p.validFrom <= $from < p.validTo OR p.validFrom <= $to < p.validTo
MATCH (p)-[:LOCATED_IN]->(u:AdminUnit)
WITH a, collect({period: p, unit: u.code}) AS seen
WITH a, [x IN seen WHERE x.period.validFrom <= $from < x.period.validTo][0] AS before,
     [x IN seen WHERE x.period.validFrom <= $to < x.period.validTo][0] AS after
  WHERE $scope IS NULL OR before.unit IN $scope OR after.unit IN $scope
WITH a, before.period AS b, before.unit AS bUnit, after.period AS t, after.unit AS tUnit
RETURN a.code AS code,
       CASE WHEN b IS NULL THEN null ELSE b {.name, .nameEn, .status, .staffQuota, unit: bUnit} END AS before,
       CASE WHEN t IS NULL THEN null ELSE t {.name, .nameEn, .status, .staffQuota, unit: tUnit} END AS after
  ORDER BY code

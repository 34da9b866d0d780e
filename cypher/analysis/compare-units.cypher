// Each admin unit as it was on $from and on $to (null where it did not exist), with its parent, for
// the comparison of two days; only $scope's units when given. $from, $to: dates; $scope: [code] or null
MATCH (u:AdminUnit)<-[:PERIOD_OF]-(p:AdminUnitPeriod)
  WHERE (p.validFrom <= $from < p.validTo OR p.validFrom <= $to < p.validTo)
    AND ($scope IS NULL OR u.code IN $scope)
OPTIONAL MATCH (p)-[:PART_OF]->(parent:AdminUnit)
WITH u, collect({period: p, parent: parent.code}) AS seen
WITH u, [x IN seen WHERE x.period.validFrom <= $from < x.period.validTo][0] AS before,
     [x IN seen WHERE x.period.validFrom <= $to < x.period.validTo][0] AS after
WITH u, before.period AS b, before.parent AS bParent, after.period AS t, after.parent AS tParent
RETURN u.code AS code, u.level AS level,
       CASE WHEN b IS NULL THEN null ELSE b {.name, .nameEn, parent: bParent} END AS before,
       CASE WHEN t IS NULL THEN null ELSE t {.name, .nameEn, parent: tParent} END AS after
  ORDER BY code

// Agencies active on $asOf and their staff quota by sector, by level and by kind: the before and after
// figures of a scenario.
MATCH (a:AgencyPeriod {status: 'ACTIVE'})-[:LOCATED_IN]->(u:AdminUnit)
  WHERE a.validFrom <= $asOf < a.validTo
WITH a, u
UNWIND [['sector', a.sector], ['level', u.level], ['kind', a.kind]] AS group
RETURN group[0] AS dimension, group[1] AS key, count(a) AS agencies, sum(coalesce(a.staffQuota, 0)) AS staff
  ORDER BY dimension, key

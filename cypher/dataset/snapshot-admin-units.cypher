// Existing admin units with their level and, period by period, their parent, for validating a
// data set. Ordered so that the last row of a code is its latest period.
MATCH (u:AdminUnit)<-[:PERIOD_OF]-(p:AdminUnitPeriod)
OPTIONAL MATCH (p)-[:PART_OF]->(parent:AdminUnit)
RETURN u.code AS code, u.level AS level, p.validFrom AS validFrom, p.validTo AS validTo, parent.code AS parentCode
ORDER BY code, validFrom

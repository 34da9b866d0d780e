// The portfolios of the first $limit agencies active on $asOf by code: unit, sector, the functions
// each leads and the functions it holds in any role, counting what is in its period and granted by a
// mandate in force on $asOf, as the rule does (the brute-force check of MERGER_CANDIDATE).
MATCH (p:AgencyPeriod {status: 'ACTIVE'})
  WHERE p.validFrom <= $asOf < p.validTo
WITH p
  ORDER BY p.code
  LIMIT $limit
MATCH (p)-[:LOCATED_IN]->(u:AdminUnit)
MATCH (p)-[:PERIOD_OF]->(a:Agency)
OPTIONAL MATCH (a)-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE r.validFrom <= $asOf < r.validTo
    AND EXISTS { (r)-[:GRANTED_BY]->(m:Mandate) WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf) }
RETURN a.code AS agency, p.sector AS sector, u.code AS unit,
       collect(DISTINCT CASE WHEN r.role = 'LEAD' THEN f.code END) AS leads, collect(DISTINCT f.code) AS held

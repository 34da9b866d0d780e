// The portfolios of the first $limit active agencies by code: unit, sector, the functions each leads
// and the functions it holds in any role, counting what a mandate in force on $asOf grants, as the
// rule does (the brute-force check of MERGER_CANDIDATE).
MATCH (a:Agency {status: 'ACTIVE'})
WITH a
  ORDER BY a.code
  LIMIT $limit
MATCH (a)-[:LOCATED_IN]->(u:AdminUnit)
OPTIONAL MATCH (a)-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE EXISTS { (r)-[:GRANTED_BY]->(m:Mandate) WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf) }
RETURN a.code AS agency, a.sector AS sector, u.code AS unit,
       collect(DISTINCT CASE WHEN r.role = 'LEAD' THEN f.code END) AS leads, collect(DISTINCT f.code) AS held

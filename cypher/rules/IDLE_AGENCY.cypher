// id: IDLE_AGENCY
// severity: LOW
// title.vi: Cơ quan không được giao nhiệm vụ nào
// title.en: Idle agency — an active body with no responsibility
// parameters: asOf
// columns: key, units, agencies, functions, mandates, score, grants
// explanation.vi: {agencies} tại {units} đang hoạt động nhưng không được giao chức năng, nhiệm vụ nào.
// explanation.en: {agencies} in {units} is active but holds no responsibility at all.
//
// An agency active on $asOf holds no responsibility in its period on that day (domain.md §8.3).
// One finding per agency.
MATCH (p:AgencyPeriod {status: 'ACTIVE'})-[:LOCATED_IN]->(u:AdminUnit)
  WHERE p.validFrom <= $asOf < p.validTo
MATCH (p)-[:PERIOD_OF]->(a:Agency)
  WHERE NOT EXISTS { (a)-[:HOLDS]->(r:Responsibility) WHERE r.validFrom <= $asOf < r.validTo }
RETURN [a.code] AS key, [u.code] AS units, [a.code] AS agencies, [] AS functions, [] AS mandates,
       null AS score, [] AS grants

// id: IDLE_AGENCY
// severity: LOW
// title.vi: Cơ quan không được giao nhiệm vụ nào
// title.en: Idle agency — an active body with no responsibility
// parameters:
// columns: key, units, agencies, functions, mandates, score, grants
// explanation.vi: {agencies} tại {units} đang hoạt động nhưng không được giao chức năng, nhiệm vụ nào.
// explanation.en: {agencies} in {units} is active but holds no responsibility at all.
//
// An active agency holds no responsibility. One finding per agency.
MATCH (a:Agency {status: 'ACTIVE'})-[:LOCATED_IN]->(u:AdminUnit)
  WHERE NOT (a)-[:HOLDS]->(:Responsibility)
RETURN [a.code] AS key, [u.code] AS units, [a.code] AS agencies, [] AS functions, [] AS mandates,
       null AS score, [] AS grants

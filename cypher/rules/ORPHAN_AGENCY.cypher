// id: ORPHAN_AGENCY
// severity: HIGH
// title.vi: Cơ quan không trực thuộc cơ quan nào
// title.en: Orphan agency — an active body that reports to no active body
// parameters: rootKinds
// columns: key, units, agencies, functions, mandates, score, grants
// explanation.vi: {agencies} tại {units} không báo cáo, không trực thuộc cơ quan nào đang hoạt động, và không phải cơ quan đứng đầu hệ thống.
// explanation.en: {agencies} in {units} reports to no active body and is not one of the roots of the system.
//
// An active agency has no reporting line (of any kind) to an active agency and is not a root of
// the system: a root is an agency whose kind is one of $rootKinds located in a top admin unit
// (one that is part of no other unit). One finding per agency.
MATCH (a:Agency {status: 'ACTIVE'})-[:LOCATED_IN]->(u:AdminUnit)
  WHERE NOT EXISTS { (a)-[:REPORTS_TO]->(:Agency {status: 'ACTIVE'}) }
  AND NOT (a.kind IN $rootKinds AND NOT (u)-[:PART_OF]->(:AdminUnit))
RETURN [a.code] AS key, [u.code] AS units, [a.code] AS agencies, [] AS functions, [] AS mandates,
       null AS score, [] AS grants

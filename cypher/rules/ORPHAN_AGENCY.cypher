// id: ORPHAN_AGENCY
// severity: HIGH
// title.vi: Cơ quan không trực thuộc cơ quan nào
// title.en: Orphan agency — an active body that reports to no active body
// parameters: asOf, rootKinds
// columns: key, units, agencies, functions, mandates, score, grants
// explanation.vi: {agencies} tại {units} không báo cáo, không trực thuộc cơ quan nào đang hoạt động, và không phải cơ quan đứng đầu hệ thống.
// explanation.en: {agencies} in {units} reports to no active body and is not one of the roots of the system.
//
// An active agency has no reporting line (of any kind) to an active agency and is not a root of
// the system: a root is an agency whose kind is one of $rootKinds located in a top admin unit
// (one that is part of no other unit). One finding per agency. Agencies, lines and parents are
// those of $asOf (domain.md §8.3).
MATCH (p:AgencyPeriod {status: 'ACTIVE'})-[:LOCATED_IN]->(u:AdminUnit)
  WHERE p.validFrom <= $asOf < p.validTo
MATCH (p)-[:PERIOD_OF]->(a:Agency)
  WHERE NOT EXISTS {
    (a)-[line:REPORTS_TO]->(:Agency)<-[:PERIOD_OF]-(superior:AgencyPeriod {status: 'ACTIVE'})
      WHERE line.validFrom <= $asOf < line.validTo AND superior.validFrom <= $asOf < superior.validTo
  }
  AND NOT (p.kind IN $rootKinds
    AND NOT EXISTS {
      (u)<-[:PERIOD_OF]-(up:AdminUnitPeriod)-[:PART_OF]->(:AdminUnit) WHERE up.validFrom <= $asOf < up.validTo
    })
RETURN [a.code] AS key, [u.code] AS units, [a.code] AS agencies, [] AS functions, [] AS mandates,
       null AS score, [] AS grants

// The bodies an agency shares functions with on $asOf (the workbench's graph of a body): other
// agencies active that day that hold a responsibility for a function the agency holds, one row per
// body and role it holds them in, with the functions (codes, in order). The $limit bodies closest to
// it, then sharing the most functions, then by code: first the bodies of its own unit, then those of
// another tier (the department above a commune office, the offices below a department), last the
// bodies of other units of its own tier — so a commune office sees its committee and the departments
// of its field before the same office of 63 other communes. $code: the agency's code; $asOf: date;
// $limit: number of bodies.
MATCH (self:AgencyPeriod {code: $code})-[:LOCATED_IN]->(home:AdminUnit)<-[:PERIOD_OF]-(homePeriod:AdminUnitPeriod)
  WHERE self.validFrom <= $asOf < self.validTo AND homePeriod.validFrom <= $asOf < homePeriod.validTo
MATCH (:Agency {code: $code})-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE r.validFrom <= $asOf < r.validTo
MATCH (f)<-[:FOR]-(s:Responsibility)<-[:HOLDS]-(b:Agency)<-[:PERIOD_OF]-(bp:AgencyPeriod {status: 'ACTIVE'})
  WHERE b.code <> $code AND s.validFrom <= $asOf < s.validTo AND bp.validFrom <= $asOf < bp.validTo
WITH home, homePeriod, bp, s.role AS role, f.code AS function
  ORDER BY function
WITH home, homePeriod, bp, role, collect(DISTINCT function) AS functions
WITH home, homePeriod, bp, collect({role: role, functions: functions}) AS roles,
     reduce(n = 0, x IN collect(size(functions)) | n + x) AS shared
OPTIONAL MATCH (bp)-[:LOCATED_IN]->(unit:AdminUnit)<-[:PERIOD_OF]-(unitPeriod:AdminUnitPeriod)
  WHERE unitPeriod.validFrom <= $asOf < unitPeriod.validTo
WITH bp, roles, shared,
     CASE WHEN unit = home THEN 0 WHEN unitPeriod.level <> homePeriod.level THEN 1 ELSE 2 END AS distance
  ORDER BY distance, shared DESC, bp.code
  LIMIT $limit
UNWIND roles AS held
RETURN bp.code AS code, bp.name AS name, bp.nameEn AS nameEn, held.role AS role, held.functions AS functions
  ORDER BY distance, shared DESC, code, role

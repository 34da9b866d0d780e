// The bodies an agency shares functions with on $asOf (the workbench's graph of a body): other
// agencies active that day that hold a responsibility for a function the agency holds, one row per
// body and role it holds them in, with the functions (codes, in order). The $limit bodies sharing the
// most functions, then by code. $code: the agency's code; $asOf: date; $limit: number of bodies.
MATCH (:Agency {code: $code})-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE r.validFrom <= $asOf < r.validTo
MATCH (f)<-[:FOR]-(s:Responsibility)<-[:HOLDS]-(b:Agency)<-[:PERIOD_OF]-(bp:AgencyPeriod {status: 'ACTIVE'})
  WHERE b.code <> $code AND s.validFrom <= $asOf < s.validTo AND bp.validFrom <= $asOf < bp.validTo
WITH bp, s.role AS role, f.code AS function
  ORDER BY function
WITH bp, role, collect(DISTINCT function) AS functions
WITH bp, collect({role: role, functions: functions}) AS roles,
     reduce(n = 0, x IN collect(size(functions)) | n + x) AS shared
  ORDER BY shared DESC, bp.code
  LIMIT $limit
UNWIND roles AS held
RETURN bp.code AS code, bp.name AS name, bp.nameEn AS nameEn, held.role AS role, held.functions AS functions
  ORDER BY shared DESC, code, role

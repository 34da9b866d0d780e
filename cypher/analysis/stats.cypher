// Counts for a dashboard as of $asOf: agencies active that day by sector, level and kind, and the
// size of the knowledge base (functions, mandates in force, responsibilities in their period).
// $asOf: date
CALL () {
  MATCH (a:AgencyPeriod {status: 'ACTIVE'})-[:LOCATED_IN]->(u:AdminUnit)
    WHERE a.validFrom <= $asOf < a.validTo
  RETURN count(a) AS agencies, sum(coalesce(a.staffQuota, 0)) AS staffQuota,
         collect({sector: a.sector, kind: a.kind, level: u.level}) AS active
}
CALL (active) {
  UNWIND active AS a
  WITH a.sector AS key, count(*) AS count
    ORDER BY key
  RETURN collect({key: key, count: count}) AS bySector
}
CALL (active) {
  UNWIND active AS a
  WITH a.level AS key, count(*) AS count
    ORDER BY CASE key WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 WHEN 'COMMUNE' THEN 2 ELSE 3 END
  RETURN collect({key: key, count: count}) AS byLevel
}
CALL (active) {
  UNWIND active AS a
  WITH a.kind AS key, count(*) AS count
    ORDER BY key
  RETURN collect({key: key, count: count}) AS byKind
}
CALL () {
  MATCH (f:Function)
  RETURN count(f) AS functions
}
CALL () {
  MATCH (m:Mandate)
    WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf)
  RETURN count(m) AS mandatesInForce
}
CALL () {
  MATCH (r:Responsibility)
    WHERE r.validFrom <= $asOf < r.validTo
  RETURN count(r) AS responsibilities
}
RETURN agencies, staffQuota, bySector, byLevel, byKind, functions, mandatesInForce, responsibilities

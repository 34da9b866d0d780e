// Counts for a dashboard: active agencies by sector, level and kind, and the size of the knowledge
// base. $asOf: date (which mandates are in force)
CALL () {
  MATCH (a:Agency {status: 'ACTIVE'})
  RETURN count(a) AS agencies, sum(coalesce(a.staffQuota, 0)) AS staffQuota
}
CALL () {
  MATCH (a:Agency {status: 'ACTIVE'})
  WITH a.sector AS key, count(*) AS count
    ORDER BY key
  RETURN collect({key: key, count: count}) AS bySector
}
CALL () {
  MATCH (a:Agency {status: 'ACTIVE'})-[:LOCATED_IN]->(u:AdminUnit)
  WITH u.level AS key, count(*) AS count
    ORDER BY CASE key WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 WHEN 'COMMUNE' THEN 2 ELSE 3 END
  RETURN collect({key: key, count: count}) AS byLevel
}
CALL () {
  MATCH (a:Agency {status: 'ACTIVE'})
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
  RETURN count(r) AS responsibilities
}
RETURN agencies, staffQuota, bySector, byLevel, byKind, functions, mandatesInForce, responsibilities

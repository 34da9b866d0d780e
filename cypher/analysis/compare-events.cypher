// The recorded change events (org:ChangeEvent, written when a scenario is applied) that took effect on
// a day in ($from, $to], with the bodies they started from and resulted in: an event takes effect on
// its day, so one dated $to is already in the record of $to, and one dated $from already was in $from's.
MATCH (e:ChangeEvent)
  WHERE e.date IS NOT NULL AND $from < e.date <= $to
OPTIONAL MATCH (e)-[:ORIGINAL_ORGANIZATION]->(o:Agency)
OPTIONAL MATCH (e)-[:RESULTING_ORGANIZATION]->(r:Agency)
WITH e, collect(DISTINCT o.code) AS originals, collect(DISTINCT r.code) AS results
RETURN e.date AS date, e.kind AS kind, e.description AS description, originals, results
  ORDER BY date, e.scenario, e.change

// The recorded change events (org:ChangeEvent) that started from the agency $code or resulted in it,
// oldest first, with all the bodies each started from and resulted in.
MATCH (e:ChangeEvent)-[:ORIGINAL_ORGANIZATION|RESULTING_ORGANIZATION]->(:Agency {code: $code})
WITH DISTINCT e
OPTIONAL MATCH (e)-[:ORIGINAL_ORGANIZATION]->(o:Agency)
OPTIONAL MATCH (e)-[:RESULTING_ORGANIZATION]->(r:Agency)
WITH e, collect(DISTINCT o.code) AS originals, collect(DISTINCT r.code) AS results
// (an event applied before events had a day of effect is dated by when it was applied)
RETURN coalesce(e.date, date(e.at)) AS date, e.kind AS kind, e.description AS description, originals, results
  ORDER BY date, e.at

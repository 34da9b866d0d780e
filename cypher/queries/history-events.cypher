// The recorded change events (org:ChangeEvent, domain.md §8.2) that started from the agency or admin
// unit $code or resulted in it, oldest first, with all the agencies or units each started from and
// resulted in, the functions it concerns and the mandate it is based on.
CALL () {
  MATCH (e:ChangeEvent)-[:ORIGINAL_ORGANIZATION|RESULTING_ORGANIZATION]->(:Agency {code: $code})
  RETURN e
  UNION
  MATCH (e:ChangeEvent)-[:ORIGINAL_UNIT|RESULTING_UNIT]->(:AdminUnit {code: $code})
  RETURN e
}
WITH DISTINCT e
CALL (e) {
  OPTIONAL MATCH (e)-[l:ORIGINAL_ORGANIZATION|ORIGINAL_UNIT]->(x)
  WITH l, x ORDER BY l.position, x.code
  RETURN collect(x.code) AS originals
}
CALL (e) {
  OPTIONAL MATCH (e)-[l:RESULTING_ORGANIZATION|RESULTING_UNIT]->(x)
  WITH l, x ORDER BY l.position, x.code
  RETURN collect(x.code) AS results
}
CALL (e) {
  OPTIONAL MATCH (e)-[l:CONCERNS]->(f:Function)
  WITH l, f ORDER BY l.position, f.code
  RETURN collect(f.code) AS functions
}
OPTIONAL MATCH (e)-[:BASED_ON]->(m:Mandate)
WITH e, originals, results, functions, min(m.code) AS mandate
// (an event applied before events had a day of effect is dated by when it was applied)
RETURN e.code AS code, coalesce(e.date, date(e.at)) AS date, e.kind AS kind,
       coalesce(e.note, e.description) AS note, mandate, originals, results, functions
  ORDER BY date, code

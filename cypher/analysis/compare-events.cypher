// The recorded change events (org:ChangeEvent: imported from changes.csv or written when a scenario is
// applied, domain.md §8.2) that took effect between the two days: dated by its day of effect (the first
// day of the new state), an event of a day in ($from, $to] is the change from the record of $from to
// that of $to. With the agencies or admin units they started from and resulted in, the functions they
// concern and the mandate they are based on.
MATCH (e:ChangeEvent)
  WHERE e.date IS NOT NULL AND $from < e.date <= $to
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
RETURN e.code AS code, e.date AS date, e.kind AS kind, coalesce(e.note, e.description) AS note, mandate,
       originals, results, functions
  ORDER BY date, code

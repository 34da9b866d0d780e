// One row per change event (domain.md §8.2), ordered by day of effect then code; the lists of codes in
// the order they were written (the position on each link), separated by ';'. An event of a scenario
// applied before events had a note gives its description.
MATCH (e:ChangeEvent)
  WHERE e.date IS NOT NULL
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
RETURN e.code AS code, e.date AS date, e.kind AS kind,
       CASE WHEN originals = [] THEN null ELSE reduce(s = head(originals), c IN tail(originals) | s + ';' + c) END AS from_codes,
       CASE WHEN results = [] THEN null ELSE reduce(s = head(results), c IN tail(results) | s + ';' + c) END AS to_codes,
       CASE WHEN functions = [] THEN null ELSE reduce(s = head(functions), c IN tail(functions) | s + ';' + c) END AS function_codes,
       mandate AS mandate_code, coalesce(e.note, e.description) AS note
  ORDER BY date, code

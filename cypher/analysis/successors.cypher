// The recorded change events between two days that carry one admin unit or body into another
// (domain.md §8.2), dated by their day of effect in ($from, $to]: UNIT_MERGE and UNIT_SPLIT for units;
// MERGE, SPLIT, RENAME and TRANSFER for bodies, a TRANSFER weighed by the functions it hands over.
// LEVEL_ABOLISHED is left out: the units of an abolished level end, they do not become the unit that
// takes their tasks. $from, $to: dates
MATCH (e:ChangeEvent)
  WHERE e.date IS NOT NULL AND $from < e.date <= $to
    AND e.kind IN ['UNIT_MERGE', 'UNIT_SPLIT', 'MERGE', 'SPLIT', 'RENAME', 'TRANSFER']
MATCH (e)-[:ORIGINAL_ORGANIZATION|ORIGINAL_UNIT]->(original)
MATCH (e)-[:RESULTING_ORGANIZATION|RESULTING_UNIT]->(result)
  WHERE result <> original
RETURN e.date AS date, e.kind STARTS WITH 'UNIT_' AS unit, original.code AS original, result.code AS result,
       CASE e.kind WHEN 'TRANSFER' THEN COUNT { (e)-[:CONCERNS]->(:Function) } END AS functions
  ORDER BY date, original, result

// Every responsibility for a function or an ancestor of it, in a unit, the units above it and the
// units below it, as of $asOf: units, parents, agencies and responsibilities of that day.
// $function, $unit: codes; $asOf: date (also whether each is founded on a mandate in force)
// The responsibilities are reached from the function (a few hundred holders per task in a province)
// and kept when their agency's unit is in the set; starting from the units would read every
// responsibility of every agency in them.
MATCH (target:AdminUnit {code: $unit}), (f:Function {code: $function})
CALL (target) {
  MATCH (u:AdminUnit) ((:AdminUnit)<-[:PERIOD_OF]-(p:AdminUnitPeriod)-[:PART_OF]->(:AdminUnit)
      WHERE p.validFrom <= $asOf < p.validTo)* (target)
  RETURN u
  UNION
  MATCH (target) ((:AdminUnit)<-[:PERIOD_OF]-(p:AdminUnitPeriod)-[:PART_OF]->(:AdminUnit)
      WHERE p.validFrom <= $asOf < p.validTo)+ (u:AdminUnit)
  RETURN u
}
WITH target, f, collect(u) AS units
CALL (f, units) {
  MATCH (f)-[:PART_OF*0..]->(g:Function)<-[:FOR]-(r:Responsibility)<-[:HOLDS]-(a:Agency)<-[:PERIOD_OF]-(ap:AgencyPeriod)-[:LOCATED_IN]->(u:AdminUnit)
    WHERE u IN units AND r.validFrom <= $asOf < r.validTo AND ap.validFrom <= $asOf < ap.validTo
  RETURN g, r, a, u
}
WITH target, g, r, a, u,
     CASE WHEN u = target THEN 'HERE'
          WHEN EXISTS { (target) ((:AdminUnit)<-[:PERIOD_OF]-(p:AdminUnitPeriod)-[:PART_OF]->(:AdminUnit)
                          WHERE p.validFrom <= $asOf < p.validTo)+ (u) } THEN 'ABOVE'
          ELSE 'BELOW' END AS position
OPTIONAL MATCH (r)-[:GRANTED_BY]->(m:Mandate)
WITH u, position, a, r, g, m
  ORDER BY m.code
WITH u, position, a, r, g, collect(m.code) AS mandates,
     any(x IN collect(m) WHERE x.effectiveFrom <= $asOf AND (x.repealedOn IS NULL OR x.repealedOn > $asOf)) AS founded
RETURN u.code AS unit, position, a.code AS agency, r.role AS role, g.code AS function, mandates, founded
  ORDER BY CASE position WHEN 'ABOVE' THEN 0 WHEN 'HERE' THEN 1 ELSE 2 END, unit,
           CASE role WHEN 'LEAD' THEN 0 WHEN 'DECIDE' THEN 1 WHEN 'COORDINATE' THEN 2 WHEN 'ADVISE' THEN 3 ELSE 4 END, agency

// The portfolios of the first $limit agencies active on $asOf by code, as the brute-force check of
// MERGER_CANDIDATE reads them: unit, sector, the functions each leads (with each one's parent
// functions and COFOG code) and works on (COORDINATE, ADVISE), counting what is in its period and
// granted by a mandate in force on $asOf; the mandates in force under which it leads, each with the
// number of agencies of its unit that lead under it; its active ADMINISTRATIVE superiors; and every
// agency it has a reporting line with on $asOf.
MATCH (p:AgencyPeriod {status: 'ACTIVE'})
  WHERE p.validFrom <= $asOf < p.validTo
WITH p
  ORDER BY p.code
  LIMIT $limit
MATCH (p)-[:LOCATED_IN]->(u:AdminUnit)
WITH u, collect(p) AS periods
// Counted once per unit, walking out from the unit: counted per agency from each mandate, a
// national law's grants were walked once for every agency of the sample (> 20 min).
CALL (u) {
  MATCH (u)<-[:LOCATED_IN]-(p2:AgencyPeriod {status: 'ACTIVE'})-[:PERIOD_OF]->(:Agency)
        -[:HOLDS]->(r2:Responsibility {role: 'LEAD'})-[:GRANTED_BY]->(m2:Mandate)
    WHERE p2.validFrom <= $asOf < p2.validTo AND r2.validFrom <= $asOf < r2.validTo
  WITH m2.code AS code, count(DISTINCT p2) AS leaders
  RETURN collect({code: code, leaders: leaders}) AS leadersByMandate
}
UNWIND periods AS p
MATCH (p)-[:PERIOD_OF]->(a:Agency)
OPTIONAL MATCH (a)-[:HOLDS]->(r:Responsibility)-[:FOR]->(f:Function)
  WHERE r.validFrom <= $asOf < r.validTo AND r.role IN ['LEAD', 'COORDINATE', 'ADVISE']
WITH p, u, leadersByMandate, a, r, f,
     [(r)-[:GRANTED_BY]->(m:Mandate) WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf) | m] AS inForce
WITH p, u, leadersByMandate, a,
     collect(CASE WHEN r.role = 'LEAD' AND inForce <> [] THEN {code: f.code, cofog: f.cofog, parents: [(f)-[:PART_OF]->(g:Function) | g.code]} END) AS led,
     collect(CASE WHEN r.role <> 'LEAD' AND inForce <> [] THEN f.code END) AS worked,
     collect(CASE WHEN r.role = 'LEAD' THEN inForce END) AS leadGrants
UNWIND CASE WHEN leadGrants = [] THEN [null] ELSE reduce(all = [], ms IN leadGrants | all + ms) END AS m
WITH p, u, leadersByMandate, a, led, worked, collect(DISTINCT m) AS mandates
RETURN a.code AS agency, p.sector AS sector, u.code AS unit, led, worked,
       [m IN mandates | {code: m.code,
                         leaders: [x IN leadersByMandate WHERE x.code = m.code | x.leaders][0]}] AS leadMandates,
       COLLECT {
         MATCH (a)-[l:REPORTS_TO {line: 'ADMINISTRATIVE'}]->(s:Agency)<-[:PERIOD_OF]-(sp:AgencyPeriod {status: 'ACTIVE'})
           WHERE l.validFrom <= $asOf < l.validTo AND sp.validFrom <= $asOf < sp.validTo
         RETURN DISTINCT s.code
       } AS superiors,
       COLLECT {
         MATCH (a)-[l:REPORTS_TO]-(o:Agency)
           WHERE l.validFrom <= $asOf < l.validTo
         RETURN DISTINCT o.code
       } AS linked

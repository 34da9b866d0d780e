// id: MERGER_CANDIDATE
// severity: INFO
// title.vi: Ứng viên hợp nhất — hai cơ quan cùng cấp có danh mục nhiệm vụ gắn bó với nhau
// title.en: Merger candidate — two bodies of the same unit whose portfolios belong together
// parameters: asOf, mergerThreshold
// columns: key, units, agencies, functions, mandates, score, grants, shared, contacts, neighbours, neighbourGroups, lawsShared, superiors, sectors, sharedPoints, contactPoints, neighbourPoints, lawPoints, superiorPoints, sectorPoints
// explanation.vi: {agency1} và {agency2} tại {units} có danh mục nhiệm vụ gắn bó (điểm {score}): cùng chủ trì {shared:functions} (+{sharedPoints}); một bên chủ trì, bên kia phối hợp {contacts:functions} (+{contactPoints}); chủ trì nhiệm vụ cùng nhóm {neighbours:functions} (+{neighbourPoints}); cùng chủ trì theo {lawsShared:mandates} (+{lawPoints}); cùng cấp trên trực tiếp {superiors:agencies} (+{superiorPoints}); khối {sectors:sector} (+{sectorPoints}).
// explanation.en: {agency1} and {agency2} in {units} have portfolios that belong together (score {score}): both lead {shared:functions} (+{sharedPoints}); one leads and the other coordinates {contacts:functions} (+{contactPoints}); they lead tasks of the same group {neighbours:functions} (+{neighbourPoints}); both lead under {lawsShared:mandates} (+{lawPoints}); same direct superior {superiors:agencies} (+{superiorPoints}); sector {sectors:sector} (+{sectorPoints}).
//
// Two agencies active on $asOf in the same unit whose portfolios belong together, ranked by a score
// of six components (docs/rules.md, "The merger score"), each shown in the finding:
//   shared     0.40 × |leads(a) ∩ leads(b)| / |leads(a) ∪ leads(b)|
//   contacts   0.25 × min(1, min(|a leads, b works on|, |b leads, a works on|) / 2)
//   neighbours 0.10 × min(1, groups / 2): parent functions or COFOG codes under which each leads a
//              function the other does not lead
//   laws       0.10 × min(1, mandates / 2): mandates in force under which both lead, and at most
//              three agencies of the unit lead
//   superior   0.10 when they share an ADMINISTRATIVE superior active on $asOf
//   sector     0.05 when they are of the same sector
// where "works on" is COORDINATE or ADVISE and only responsibilities that count on $asOf are read
// (their period contains the day and a mandate in force grants them, domain.md §8.3). Only pairs in
// working contact are scored: they lead a function together, or each leads one the other works on
// (a pair in no such contact is no candidate, whatever its other components). Two bodies with a
// reporting line between them (any kind) are a body and its part, never a pair.
// The score is rounded to four decimals. Two agencies that lead the same functions score at least
// 0.40 and always qualify at the default threshold.
// How it is computed (docs/performance.md): portfolios are sets of nodes, read with one pass over the
// responsibilities of each unit and no property read per responsibility; codes, orders and the
// neighbour groups are worked out only for the few pairs that can reach $mergerThreshold.
CALL () {
  MATCH (m:Mandate)
    WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf)
  RETURN collect(m) AS mandatesInForce
}
MATCH (up:AdminUnitPeriod)-[:PERIOD_OF]->(u:AdminUnit)
  WHERE up.validFrom <= $asOf < up.validTo
CALL (u, mandatesInForce) {
  MATCH (u)<-[:LOCATED_IN]-(p:AgencyPeriod {status: 'ACTIVE'})-[:PERIOD_OF]->(a:Agency)-[:HOLDS]->(r:Responsibility)
    WHERE p.validFrom <= $asOf < p.validTo AND r.validFrom <= $asOf < r.validTo
      AND r.role IN ['LEAD', 'COORDINATE', 'ADVISE']
  MATCH (r)-[:GRANTED_BY]->(m)
    WHERE m IN mandatesInForce
  MATCH (r)-[:FOR]->(f:Function)
  RETURN a, p.sector AS sector, r.role = 'LEAD' AS leads, f, m
}
// one row per agency of the unit: what it leads, what it works on, and the mandates under which it
// leads (nodes, in no particular order)
WITH u, a, sector,
     collect(DISTINCT CASE WHEN leads THEN f END) AS led,
     collect(DISTINCT CASE WHEN NOT leads THEN f END) AS worked,
     collect(DISTINCT CASE WHEN leads THEN m END) AS leadMandates
WITH u, collect({agency: a.code, node: a, sector: sector, led: led, worked: worked, leadMandates: leadMandates}) AS bodies
// mandates under which at most three agencies of the unit lead are specific to them
WITH u, bodies, [b IN bodies | b.leadMandates] AS mandateLists
WITH u, bodies,
     reduce(specific = [], m IN reduce(all = [], ms IN mandateLists | all + [x IN ms WHERE NOT x IN all]) |
       specific + CASE WHEN size([ms IN mandateLists WHERE m IN ms]) <= 3 THEN [m] ELSE [] END) AS specific
// the pairs in working contact, through the functions they hold
UNWIND bodies AS x
UNWIND bodies AS y
WITH u, specific, x, y
  WHERE x.agency < y.agency
    AND (any(f IN x.led WHERE f IN y.led)
      OR (any(f IN x.led WHERE f IN y.worked AND NOT f IN y.led) AND any(f IN y.led WHERE f IN x.worked AND NOT f IN x.led)))
WITH u, specific, x, y, x.node AS a, y.node AS b
  WHERE NOT EXISTS { (a)-[l:REPORTS_TO]-(b) WHERE l.validFrom <= $asOf < l.validTo }
WITH u, x, y, a, b,
     [f IN x.led WHERE f IN y.led] AS shared,
     [f IN x.led WHERE f IN y.worked AND NOT f IN y.led] AS xToY,
     [f IN y.led WHERE f IN x.worked AND NOT f IN x.led] AS yToX,
     [m IN x.leadMandates WHERE m IN y.leadMandates AND m IN specific] AS lawsShared,
     COLLECT {
       MATCH (a)-[l1:REPORTS_TO {line: 'ADMINISTRATIVE'}]->(s:Agency)<-[l2:REPORTS_TO {line: 'ADMINISTRATIVE'}]-(b)
         WHERE l1.validFrom <= $asOf < l1.validTo AND l2.validFrom <= $asOf < l2.validTo
           AND EXISTS { (s)<-[:PERIOD_OF]-(sp:AgencyPeriod {status: 'ACTIVE'}) WHERE sp.validFrom <= $asOf < sp.validTo }
       RETURN DISTINCT s.code AS superior ORDER BY superior
     } AS superiors
WITH u, x, y, a, b, shared, xToY, yToX, lawsShared, superiors,
     CASE WHEN size(xToY) < size(yToX) THEN size(xToY) ELSE size(yToX) END AS mutual,
     size(x.led) + size(y.led) - size(shared) AS ledTogether
WITH u, x, y, a, b, shared, xToY, yToX, lawsShared, superiors,
     round(0.40 * size(shared) / ledTogether, 4) AS sharedPoints,
     round(0.25 * CASE WHEN mutual >= 2 THEN 1.0 ELSE mutual / 2.0 END, 4) AS contactPoints,
     round(0.10 * CASE WHEN size(lawsShared) >= 2 THEN 1.0 ELSE size(lawsShared) / 2.0 END, 4) AS lawPoints,
     CASE WHEN superiors <> [] THEN 0.10 ELSE 0.0 END AS superiorPoints,
     CASE WHEN x.sector = y.sector THEN 0.05 ELSE 0.0 END AS sectorPoints
// the neighbour component gives at most 0.10: a pair below the threshold even with it is no candidate
  WHERE round(sharedPoints + contactPoints + 0.10 + lawPoints + superiorPoints + sectorPoints, 4) >= $mergerThreshold
// from here on codes, in the order of the definition: functions by code, mandates by the first
// function (by code) that a leads under them
WITH u, x, y, a, b, superiors, sharedPoints, contactPoints, lawPoints, superiorPoints, sectorPoints,
     COLLECT { UNWIND shared AS f WITH f.code AS code ORDER BY code RETURN code } AS shared,
     COLLECT { UNWIND xToY AS f WITH f.code AS code ORDER BY code RETURN code } AS xToY,
     COLLECT { UNWIND yToX AS f WITH f.code AS code ORDER BY code RETURN code } AS yToX,
     COLLECT {
       UNWIND [f IN x.led WHERE NOT f IN y.led] AS f
       WITH f ORDER BY f.code
       RETURN {code: f.code, groups: [(f)-[:PART_OF]->(parent:Function) | parent.code] + CASE WHEN f.cofog IS NULL THEN [] ELSE ['COFOG ' + f.cofog] END}
     } AS xOwn,
     COLLECT {
       UNWIND [f IN y.led WHERE NOT f IN x.led] AS f
       WITH f ORDER BY f.code
       RETURN {code: f.code, groups: [(f)-[:PART_OF]->(parent:Function) | parent.code] + CASE WHEN f.cofog IS NULL THEN [] ELSE ['COFOG ' + f.cofog] END}
     } AS yOwn,
     lawsShared AS lawNodes
WITH u, x, y, a, b, superiors, sharedPoints, contactPoints, lawPoints, superiorPoints, sectorPoints, shared, xOwn, yOwn,
     CASE WHEN xToY <> [] AND yToX <> [] THEN xToY + yToX ELSE [] END AS contacts,
     CASE WHEN lawNodes = [] THEN [] ELSE COLLECT {
       MATCH (a)-[:HOLDS]->(r:Responsibility {role: 'LEAD'})-[:FOR]->(f:Function)
         WHERE r.validFrom <= $asOf < r.validTo
       WITH r, f ORDER BY f.code
       MATCH (r)-[:GRANTED_BY]->(m)
         WHERE m IN lawNodes
       RETURN DISTINCT m.code
     } END AS lawsShared
WITH u, a, b, x, y, shared, superiors, contacts, lawsShared, xOwn, yOwn,
     sharedPoints, contactPoints, lawPoints, superiorPoints, sectorPoints,
     reduce(found = [], gx IN xOwn | found + [g IN gx.groups WHERE NOT g IN found AND any(gy IN yOwn WHERE g IN gy.groups)]) AS groups
WITH u, a, b, x, y, shared, superiors, contacts, lawsShared, groups,
     [gx IN xOwn WHERE any(g IN gx.groups WHERE g IN groups) | gx.code] + [gy IN yOwn WHERE any(g IN gy.groups WHERE g IN groups) | gy.code] AS neighbourFunctions,
     sharedPoints, contactPoints, lawPoints, superiorPoints, sectorPoints,
     round(0.10 * CASE WHEN size(groups) >= 2 THEN 1.0 ELSE size(groups) / 2.0 END, 4) AS neighbourPoints
WITH u, a, b, x, y, shared, superiors, contacts, lawsShared, groups, neighbourFunctions,
     sharedPoints, contactPoints, neighbourPoints, lawPoints, superiorPoints, sectorPoints,
     round(sharedPoints + contactPoints + neighbourPoints + lawPoints + superiorPoints + sectorPoints, 4) AS score
  WHERE score >= $mergerThreshold
RETURN [a.code, b.code] AS key, [u.code] AS units, [a.code, b.code] AS agencies,
       reduce(all = [], f IN shared + contacts + neighbourFunctions | all + CASE WHEN f IN all THEN [] ELSE [f] END) AS functions,
       lawsShared AS mandates, score, [] AS grants,
       shared, contacts, neighbourFunctions AS neighbours, groups AS neighbourGroups, lawsShared, superiors,
       CASE WHEN x.sector = y.sector THEN [x.sector] ELSE [x.sector, y.sector] END AS sectors,
       sharedPoints, contactPoints, neighbourPoints, lawPoints, superiorPoints, sectorPoints
  ORDER BY score DESC, a.code, b.code

// id: MERGER_CANDIDATE
// severity: INFO
// title.vi: Ứng viên hợp nhất — hai cơ quan cùng cấp, cùng khối có danh mục nhiệm vụ gần nhau
// title.en: Merger candidate — two bodies of the same unit and sector with close portfolios
// parameters: asOf, mergerThreshold
// columns: key, units, agencies, functions, mandates, score, grants
// explanation.vi: {agency1} và {agency2} tại {units} cùng chủ trì {functions}; mức tương đồng danh mục nhiệm vụ {score}.
// explanation.en: {agency1} and {agency2} in {units} both lead {functions}; portfolio similarity {score}.
//
// Two active agencies of the same unit and sector whose portfolios are close, ranked by score.
// Pairs are found through the functions both lead (never by comparing all pairs), so only pairs
// that share at least one lead are scored; with a threshold above 0.2 no other pair can qualify.
//   score = 0.8 × |leads(a) ∩ leads(b)| / |leads(a) ∪ leads(b)|
//         + 0.2 × |held(a) ∩ held(b)| / |held(a) ∪ held(b)|
// where leads(x) are the functions x leads and held(x) the functions x holds in any role, counting
// only responsibilities in their period and granted by a mandate in force on $asOf, of the units and
// agencies of that day (domain.md §8.3).
// Two agencies that lead the same functions score at least 0.8 and always qualify.
MATCH (up:AdminUnitPeriod)-[:PERIOD_OF]->(u:AdminUnit)
  WHERE up.validFrom <= $asOf < up.validTo
CALL (u) {
  // mandates are looked at only for the functions two agencies of a sector lead on paper
  MATCH (u)<-[:LOCATED_IN]-(p:AgencyPeriod {status: 'ACTIVE'})-[:PERIOD_OF]->(a:Agency)-[:HOLDS]->(r:Responsibility)
    WHERE p.validFrom <= $asOf < p.validTo AND r.role = 'LEAD' AND r.validFrom <= $asOf < r.validTo
  MATCH (r)-[:FOR]->(f:Function)
  WITH f, p.sector AS sector, collect({agency: a, responsibility: r}) AS onPaper
    WHERE size(onPaper) > 1
  UNWIND onPaper AS lead
  WITH f, sector, lead.agency AS a, lead.responsibility AS r
    WHERE EXISTS { (r)-[:GRANTED_BY]->(m:Mandate) WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf) }
  WITH f, sector, collect(DISTINCT a) AS leaders
    WHERE size(leaders) > 1
  RETURN f, leaders
}
UNWIND leaders AS a
UNWIND leaders AS b
WITH u, a, b, f
  WHERE a.code < b.code
  ORDER BY f.code
WITH u, a, b, collect(f.code) AS shared
CALL (a) {
  MATCH (a)-[:HOLDS]->(r:Responsibility)-[:FOR]->(g:Function)
    WHERE r.validFrom <= $asOf < r.validTo AND EXISTS { (r)-[:GRANTED_BY]->(m:Mandate) WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf) }
  RETURN collect(DISTINCT CASE WHEN r.role = 'LEAD' THEN g.code END) AS aLeads, collect(DISTINCT g.code) AS aHeld
}
CALL (b) {
  MATCH (b)-[:HOLDS]->(r:Responsibility)-[:FOR]->(g:Function)
    WHERE r.validFrom <= $asOf < r.validTo AND EXISTS { (r)-[:GRANTED_BY]->(m:Mandate) WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf) }
  RETURN collect(DISTINCT CASE WHEN r.role = 'LEAD' THEN g.code END) AS bLeads, collect(DISTINCT g.code) AS bHeld
}
WITH u, a, b, shared, aLeads, bLeads, aHeld, bHeld, size([g IN aHeld WHERE g IN bHeld]) AS sharedHeld
WITH u, a, b, shared,
     0.8 * size(shared) / (size(aLeads) + size(bLeads) - size(shared))
     + 0.2 * sharedHeld / (size(aHeld) + size(bHeld) - sharedHeld) AS score
  WHERE score >= $mergerThreshold
RETURN [a.code, b.code] AS key, [u.code] AS units, [a.code, b.code] AS agencies, shared AS functions,
       [] AS mandates, score, [] AS grants
  ORDER BY score DESC, a.code, b.code

// id: DUPLICATE
// severity: HIGH
// title.vi: Trùng lắp — nhiều cơ quan cùng chủ trì một nhiệm vụ trên cùng địa bàn
// title.en: Duplication — several bodies lead the same task in the same unit
// parameters: asOf
// columns: key, units, agencies, functions, mandates, score, grants
// explanation.vi: {agencies} cùng chủ trì {functions} tại {units} ({grants}).
// explanation.en: {agencies} each lead {functions} in {units} ({grants}).
//
// Two or more active agencies of the same admin unit hold LEAD for the same function.
// One finding per (function, unit). A lead counts only while a mandate in force on $asOf grants it
// (domain.md §8.3): a lead whose every mandate is repealed is UNFOUNDED, not a duplicate. Units,
// agencies and responsibilities are those of $asOf.
// Grants cite the mandates in force on $asOf.
// Leads are grouped unit by unit: many small groupings are faster than one of the whole country.
// Mandates are looked at only for the few functions led twice on paper, not for every lead.
MATCH (up:AdminUnitPeriod)-[:PERIOD_OF]->(u:AdminUnit)
  WHERE up.validFrom <= $asOf < up.validTo
CALL (u) {
  MATCH (u)<-[:LOCATED_IN]-(p:AgencyPeriod {status: 'ACTIVE'})-[:PERIOD_OF]->(a:Agency)-[:HOLDS]->(r:Responsibility)
    WHERE p.validFrom <= $asOf < p.validTo AND r.role = 'LEAD' AND r.validFrom <= $asOf < r.validTo
  MATCH (r)-[:FOR]->(f:Function)
  WITH f, collect({agency: a, responsibility: r}) AS onPaper
    WHERE size(onPaper) > 1
  UNWIND onPaper AS lead
  WITH f, lead, lead.responsibility AS r
    WHERE EXISTS { (r)-[:GRANTED_BY]->(m:Mandate) WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf) }
  WITH f, collect(lead) AS leads
    WHERE size(leads) > 1
  RETURN f, leads
}
UNWIND leads AS lead
WITH u, f, lead.agency.code AS agency, lead.responsibility AS r
OPTIONAL MATCH (r)-[:GRANTED_BY]->(m:Mandate)
  WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf)
WITH u, f, agency, collect(m.code) AS cited
  ORDER BY agency
WITH u, f, collect(agency) AS agencies, collect({agency: agency, mandates: cited}) AS grants
RETURN [f.code, u.code] AS key, [u.code] AS units, agencies, [f.code] AS functions,
       reduce(all = [], g IN grants | all + [c IN g.mandates WHERE NOT c IN all]) AS mandates,
       null AS score, grants

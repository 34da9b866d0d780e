// id: OVERLAP_NESTED
// severity: MEDIUM
// title.vi: Chồng chéo — một cơ quan chủ trì chức năng, cơ quan khác chủ trì nhiệm vụ con của nó
// title.en: Nested overlap — one body leads a function, another leads part of it
// parameters: asOf
// columns: key, units, agencies, functions, mandates, score, grants
// explanation.vi: {agency1} chủ trì {function1} tại {units}, nhưng {agency2} — không trực thuộc {agency1} — lại chủ trì {functions2+} thuộc chức năng đó ({grants}).
// explanation.en: {agency1} leads {function1} in {units}, but {agency2}, which does not report to it, leads {functions2+} within it ({grants}).
//
// Agency A leads function F and another active agency B of the same unit leads a descendant of F,
// and B does not report to A through ADMINISTRATIVE lines (at any depth). A lead counts only while it
// is in its period and a mandate in force on $asOf grants it; agencies and lines are those of $asOf
// (domain.md §8.3).
// One finding per (unit, A, F, B), listing F and then every descendant of F that B leads.
// Starts from the leads on functions that have parts (few: most leads are on tasks), then looks for
// leads on those parts among the agencies of the same unit.
MATCH (f:Function)
  WHERE EXISTS { (f)<-[:PART_OF]-(:Function) }
CALL (f) {
  MATCH (f)<-[:FOR]-(r:Responsibility)<-[:HOLDS]-(a:Agency)<-[:PERIOD_OF]-(p:AgencyPeriod {status: 'ACTIVE'})
    WHERE r.role = 'LEAD' AND r.validFrom <= $asOf < r.validTo AND p.validFrom <= $asOf < p.validTo
      AND EXISTS { (r)-[:GRANTED_BY]->(m:Mandate) WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf) }
  RETURN DISTINCT a, p
}
MATCH (p)-[:LOCATED_IN]->(u:AdminUnit)
CALL (a, f, u) {
  MATCH (f)<-[:PART_OF*1..]-(part:Function)
  WITH collect(part) AS parts
  MATCH (u)<-[:LOCATED_IN]-(bp:AgencyPeriod {status: 'ACTIVE'})-[:PERIOD_OF]->(b:Agency)-[:HOLDS]->(r:Responsibility)-[:FOR]->(d:Function)
    WHERE bp.validFrom <= $asOf < bp.validTo AND b <> a AND r.role = 'LEAD' AND r.validFrom <= $asOf < r.validTo
    AND d IN parts
    AND EXISTS { (r)-[:GRANTED_BY]->(m:Mandate) WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf) }
    AND NOT EXISTS {
      MATCH chain = (b)-[:REPORTS_TO*]->(a)
        WHERE all(line IN relationships(chain) WHERE line.line = 'ADMINISTRATIVE' AND line.validFrom <= $asOf < line.validTo)
          AND all(n IN nodes(chain) WHERE EXISTS {
            (n)<-[:PERIOD_OF]-(np:AgencyPeriod) WHERE np.validFrom <= $asOf < np.validTo
          })
    }
  RETURN b, d
}
WITH u, a, f, b, d
  ORDER BY d.code
WITH u, a, f, b, collect(DISTINCT d.code) AS parts
CALL (a, f, b, parts) {
  MATCH (a)-[:HOLDS]->(r:Responsibility {role: 'LEAD'})-[:FOR]->(f)
    WHERE r.validFrom <= $asOf < r.validTo AND EXISTS { (r)-[:GRANTED_BY]->(m:Mandate) WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf) }
  OPTIONAL MATCH (r)-[:GRANTED_BY]->(m:Mandate)
    WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf)
  RETURN a.code AS agency, collect(DISTINCT m.code) AS cited
  UNION
  MATCH (b)-[:HOLDS]->(r:Responsibility {role: 'LEAD'})-[:FOR]->(g:Function)
    WHERE g.code IN parts AND r.validFrom <= $asOf < r.validTo
      AND EXISTS { (r)-[:GRANTED_BY]->(m:Mandate) WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf) }
  OPTIONAL MATCH (r)-[:GRANTED_BY]->(m:Mandate)
    WHERE m.effectiveFrom <= $asOf AND (m.repealedOn IS NULL OR m.repealedOn > $asOf)
  RETURN b.code AS agency, collect(DISTINCT m.code) AS cited
}
WITH u, a, f, b, parts, collect({agency: agency, mandates: cited}) AS grants
RETURN [u.code, a.code, f.code, b.code] AS key, [u.code] AS units, [a.code, b.code] AS agencies,
       [f.code] + parts AS functions,
       reduce(all = [], g IN grants | all + [c IN g.mandates WHERE NOT c IN all]) AS mandates,
       null AS score, grants

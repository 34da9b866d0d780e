// Gives a store of the first format its periods (domain.md §8.1): each admin unit and agency
// keeps its code on its node and gets one period node, open on both sides, that holds what may
// change (names, parent, unit, kind, status, quota); responsibilities, reporting lines and
// function-level rules get open periods. Open bounds are stored as 0001-01-01 and 9999-12-31
// (org.apparatus.registry.Period) so that "as of a day" is one comparison everywhere.
MATCH (u:AdminUnit)
  WHERE NOT EXISTS { (u)<-[:PERIOD_OF]-(:AdminUnitPeriod) }
CREATE (p:AdminUnitPeriod {code: u.code, level: u.level, validFrom: date('0001-01-01'), validTo: date('9999-12-31'),
                           name: u.name, nameEn: u.nameEn})-[:PERIOD_OF]->(u)
WITH u, p
OPTIONAL MATCH (u)-[old:PART_OF]->(parent:AdminUnit)
FOREACH (known IN CASE WHEN parent IS NULL THEN [] ELSE [parent] END | CREATE (p)-[:PART_OF]->(known))
DELETE old
REMOVE u.name, u.nameEn;

MATCH (a:Agency)
  WHERE NOT EXISTS { (a)<-[:PERIOD_OF]-(:AgencyPeriod) }
CREATE (p:AgencyPeriod {code: a.code, validFrom: date('0001-01-01'), validTo: date('9999-12-31'),
                        name: a.name, nameEn: a.nameEn, sector: a.sector, kind: a.kind, status: a.status,
                        staffQuota: a.staffQuota})-[:PERIOD_OF]->(a)
WITH a, p
OPTIONAL MATCH (a)-[old:LOCATED_IN]->(unit:AdminUnit)
FOREACH (known IN CASE WHEN unit IS NULL THEN [] ELSE [unit] END | CREATE (p)-[:LOCATED_IN]->(known))
DELETE old
REMOVE a.name, a.nameEn, a.sector, a.kind, a.status, a.staffQuota;

MATCH (r:Responsibility)
  WHERE r.validFrom IS NULL
SET r.validFrom = date('0001-01-01'), r.validTo = date('9999-12-31');

MATCH ()-[line:REPORTS_TO]->()
  WHERE line.validFrom IS NULL
SET line.validFrom = date('0001-01-01'), line.validTo = date('9999-12-31');

MATCH ()-[rule:LED_AT]->()
  WHERE rule.validFrom IS NULL
SET rule.validFrom = date('0001-01-01'), rule.validTo = date('9999-12-31');

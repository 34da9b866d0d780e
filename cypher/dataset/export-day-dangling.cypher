// What stops a data set of $day from standing on its own (export --as-of): a unit whose parent, or an
// agency whose admin unit, does not exist on that day although the period of that day names it.
// $day: date
MATCH (u:AdminUnit)<-[:PERIOD_OF]-(p:AdminUnitPeriod)-[:PART_OF]->(parent:AdminUnit)
  WHERE p.validFrom <= $day < p.validTo
    AND NOT EXISTS { (parent)<-[:PERIOD_OF]-(pp:AdminUnitPeriod) WHERE pp.validFrom <= $day < pp.validTo }
RETURN 'admin unit ' + u.code + ' is part of ' + parent.code + ', which does not exist on ' + toString($day)
       AS problem
UNION ALL
MATCH (a:Agency)<-[:PERIOD_OF]-(p:AgencyPeriod)-[:LOCATED_IN]->(unit:AdminUnit)
  WHERE p.validFrom <= $day < p.validTo
    AND NOT EXISTS { (unit)<-[:PERIOD_OF]-(up:AdminUnitPeriod) WHERE up.validFrom <= $day < up.validTo }
RETURN 'agency ' + a.code + ' is located in admin unit ' + unit.code + ', which does not exist on '
       + toString($day) AS problem

// The unit a report draws its overlap heat map and org chart for when none is named: the province
// of $asOf (the first by code when the knowledge base holds several).
MATCH (u:AdminUnitPeriod {level: 'PROVINCE'})
  WHERE u.validFrom <= $asOf < u.validTo AND NOT EXISTS { (u)-[:PART_OF]->(:AdminUnit) }
RETURN u.code AS code
  ORDER BY code
  LIMIT 1

// The unit a report draws its overlap heat map and org chart for when none is named: the province
// (the first by code when the knowledge base holds several).
MATCH (u:AdminUnit {level: 'PROVINCE'})
  WHERE NOT EXISTS { (u)-[:PART_OF]->(:AdminUnit) }
RETURN u.code AS code
  ORDER BY code
  LIMIT 1

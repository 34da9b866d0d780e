// The level of a unit and of the units directly above and below it. $code
MATCH (u:AdminUnit {code: $code})
RETURN u.level AS level, [(u)-[:PART_OF]->(p) | p.level] AS above, [(c)-[:PART_OF]->(u) | c.level] AS below

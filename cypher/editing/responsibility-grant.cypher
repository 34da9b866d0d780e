// Whether a responsibility exists and whether a mandate grants it. $code, $mandate
OPTIONAL MATCH (r:Responsibility {code: $code})
RETURN r IS NOT NULL AS exists, EXISTS { (r)-[:GRANTED_BY]->(:Mandate {code: $mandate}) } AS granted

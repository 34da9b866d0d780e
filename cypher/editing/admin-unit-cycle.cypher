// Whether placing admin unit $code under $parent would put it under itself.
MATCH (u:AdminUnit {code: $code}), (p:AdminUnit {code: $parent})
RETURN u = p OR EXISTS { (p)-[:PART_OF*1..]->(u) } AS cycle

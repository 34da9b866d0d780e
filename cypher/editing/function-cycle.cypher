// Whether placing function $code under $parent would put it under itself.
MATCH (f:Function {code: $code}), (p:Function {code: $parent})
RETURN f = p OR EXISTS { (p)-[:PART_OF*1..]->(f) } AS cycle

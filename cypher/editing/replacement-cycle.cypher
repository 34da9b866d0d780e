// Whether mandate $successor was itself replaced, directly or through others, by mandate $code.
MATCH (m:Mandate {code: $code}), (s:Mandate {code: $successor})
RETURN m = s OR EXISTS { (s)-[:REPLACED_BY*1..]->(m) } AS cycle

// Agency $agency ends: status MERGED or DISSOLVED ($status), linked to what it merged into (if any).
MATCH (a:Agency {code: $agency})
SET a.status = $status
WITH a
OPTIONAL MATCH (into:Agency {code: $into})
FOREACH (x IN CASE WHEN into IS NULL THEN [] ELSE [into] END | MERGE (a)-[:MERGED_INTO]->(x))

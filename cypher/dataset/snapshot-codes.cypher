// Existing agency and mandate codes, and the mandate each mandate was replaced by, for validating a data set.
CALL () { MATCH (a:Agency) RETURN 'Agency' AS label, a.code AS code, null AS successor
  UNION ALL MATCH (m:Mandate) OPTIONAL MATCH (m)-[:REPLACED_BY]->(s:Mandate)
  RETURN 'Mandate' AS label, m.code AS code, s.code AS successor }
RETURN label, code, successor

// Existing agency and mandate codes, for validating a data set.
CALL () { MATCH (a:Agency) RETURN 'Agency' AS label, a.code AS code
  UNION ALL MATCH (m:Mandate) RETURN 'Mandate' AS label, m.code AS code }
RETURN label, code

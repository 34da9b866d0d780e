// id: SLOW
// severity: LOW
// title.vi: Quy tắc chậm (chỉ dùng trong kiểm thử)
// title.en: A slow rule (for tests only)
// parameters: asOf
// columns: key, units, agencies, functions, mandates
// explanation.vi: {agencies}
// explanation.en: {agencies}
//
// Counts a trillion rows: it runs until its transaction is stopped (RequestTimeoutTests).
UNWIND range(1, 1000000) AS a
UNWIND range(1, 1000000) AS b
WITH count(*) AS n, $asOf AS day
  WHERE n < 0
RETURN 'x' AS key, [] AS units, [] AS agencies, [] AS functions, [] AS mandates

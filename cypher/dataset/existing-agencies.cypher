// Which of the given agency codes are already in the store. $codes: [code]
UNWIND $codes AS code
MATCH (a:Agency {code: code})
RETURN collect(a.code) AS existing

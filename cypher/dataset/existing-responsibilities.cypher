// Which of the given responsibility codes are already in the store. $codes: [code]
UNWIND $codes AS code
MATCH (r:Responsibility {code: code})
RETURN collect(r.code) AS existing

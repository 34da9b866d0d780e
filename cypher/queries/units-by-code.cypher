// Admin units by code as they were on $asOf: the period of each that contains that day; for a code
// that did not exist that day, its nearest period (the last before, else the first after).
// $codes: [code], $asOf: date
UNWIND $codes AS code
MATCH (p:AdminUnitPeriod {code: code})
WITH code, p
  ORDER BY p.validFrom
WITH code, collect(p) AS periods
RETURN code, coalesce(head([x IN periods WHERE x.validFrom <= $asOf < x.validTo]),
                      last([x IN periods WHERE x.validTo <= $asOf]), head(periods)) AS unit

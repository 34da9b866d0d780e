// Corrects a unit's period that contains $asOf (else its latest); null arguments keep a value.
MATCH (p:AdminUnitPeriod {code: $code})
WITH p
  ORDER BY CASE WHEN p.validFrom <= $asOf < p.validTo THEN 0 ELSE 1 END, p.validFrom DESC
  LIMIT 1
SET p.name = coalesce($name, p.name), p.nameEn = coalesce($nameEn, p.nameEn), p.kind = coalesce($kind, p.kind)

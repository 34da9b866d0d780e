// Changes a mandate; null parameters keep the value. $code, $kind, $number, $title, $issuer, $issuedOn,
// $effectiveFrom, $repealedOn
MATCH (m:Mandate {code: $code})
SET m.kind = coalesce($kind, m.kind), m.number = coalesce($number, m.number), m.title = coalesce($title, m.title),
    m.issuer = coalesce($issuer, m.issuer), m.issuedOn = coalesce($issuedOn, m.issuedOn),
    m.effectiveFrom = coalesce($effectiveFrom, m.effectiveFrom), m.repealedOn = coalesce($repealedOn, m.repealedOn)

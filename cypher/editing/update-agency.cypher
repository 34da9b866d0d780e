// Changes an agency; null parameters keep the value. $code, $name, $nameEn, $sector, $kind, $status,
// $staffQuota
MATCH (a:Agency {code: $code})
SET a.name = coalesce($name, a.name), a.nameEn = coalesce($nameEn, a.nameEn),
    a.sector = coalesce($sector, a.sector), a.kind = coalesce($kind, a.kind),
    a.status = coalesce($status, a.status), a.staffQuota = coalesce($staffQuota, a.staffQuota)

// Changes an admin unit; null parameters keep the value. $code, $name, $nameEn
MATCH (u:AdminUnit {code: $code})
SET u.name = coalesce($name, u.name), u.nameEn = coalesce($nameEn, u.nameEn)

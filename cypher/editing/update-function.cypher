// Changes a function; null parameters keep the value. $code, $name, $nameEn, $cofog
MATCH (f:Function {code: $code})
SET f.name = coalesce($name, f.name), f.nameEn = coalesce($nameEn, f.nameEn), f.cofog = coalesce($cofog, f.cofog)

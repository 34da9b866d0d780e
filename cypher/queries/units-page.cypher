// The admin units that exist on $asOf, as they were that day, optionally of one level, by code.
// $level: level or null, $asOf: date
MATCH (unit:AdminUnitPeriod)
  WHERE unit.validFrom <= $asOf < unit.validTo AND ($level IS NULL OR unit.level = $level)
RETURN unit
ORDER BY unit.code

// What stops a merger of admin units on $asOf, against the graph as the scenario's earlier changes left it (the
// check runs in the transaction that carries them out): each unit of $units must exist that day, all of one
// level; $into must be a unit or, when the merger creates it ($newUnit), a code no unit has, and the
// kind it is given ($kind, a kind of level $kindLevel; null for none) a kind of the units' level
// ($kindsOfLevel: for each level, its kinds in words). Returns
// one row per problem: where (the path within the change) and message, in the file's order.
CALL () {
  UNWIND range(0, size($units) - 1) AS j
  OPTIONAL MATCH (u:AdminUnitPeriod {code: $units[j]})
    WHERE u.validFrom <= $asOf < u.validTo
  WITH j, u
    ORDER BY j
  RETURN collect(CASE WHEN u IS NULL THEN {where: 'units[' + j + ']',
                 message: 'no admin unit with code ' + $units[j] + ' (or an earlier change removed it)'} END) AS missing
}
CALL () {
  UNWIND $units AS code
  MATCH (u:AdminUnitPeriod {code: code})
    WHERE u.validFrom <= $asOf < u.validTo
  WITH DISTINCT u.level AS level
    ORDER BY level
  RETURN collect(level) AS levels
}
OPTIONAL MATCH (known:AdminUnit {code: $into})
OPTIONAL MATCH (into:AdminUnitPeriod {code: $into})
  WHERE into.validFrom <= $asOf < into.validTo
UNWIND missing + [
  {where: 'units', message: CASE WHEN size(levels) > 1 THEN 'only units of one level can merge, not ['
                                 + reduce(s = '', l IN levels | s + CASE WHEN s = '' THEN '' ELSE ', ' END + l) + ']' END},
  {where: 'into.code', message: CASE WHEN $newUnit AND known IS NOT NULL THEN 'an admin unit ' + $into + ' already exists' END},
  {where: 'into', message: CASE WHEN NOT $newUnit AND into IS NULL THEN 'no admin unit with code ' + $into END},
  {where: 'into.kind', message: CASE WHEN $kind IS NOT NULL AND size(levels) = 1 AND levels[0] <> $kindLevel
                                     THEN 'a ' + levels[0] + ' cannot be a ' + $kind + ', which is a kind of ' + $kindLevel
                                          + '; a ' + levels[0] + ' is ' + $kindsOfLevel[levels[0]] END}
] AS problem
WITH problem
  WHERE problem.message IS NOT NULL
RETURN problem.where AS where, problem.message AS message

// What stops abolishing level $level with policy $policy on $asOf, against the graph as the
// scenario's earlier changes left it (the check runs in the transaction that carries them out): the
// level must not be the top one, some unit of it must be left that day, and DOWN needs a level below.
// Returns one row per problem: where (the path within the change) and message.
WITH CASE
  WHEN $level = 'PROVINCE' THEN {where: 'level', message: 'the top level cannot be abolished: there is no unit above it'}
  WHEN NOT EXISTS { (p:AdminUnitPeriod {level: $level}) WHERE p.validFrom <= $asOf < p.validTo }
    THEN {where: 'level', message: 'there is no unit of level ' + $level + ' (left) to abolish'}
  WHEN $policy = 'DOWN' AND $level = 'COMMUNE' THEN {where: 'policy', message: 'there is no level below COMMUNE to hand down to'}
END AS problem
  WHERE problem IS NOT NULL
RETURN problem.where AS where, problem.message AS message

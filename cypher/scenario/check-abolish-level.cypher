// What stops abolishing level $level with policy $policy and per-body policies $except on $asOf,
// against the graph as the scenario's earlier changes left it (the check runs in the transaction
// that carries them out): the level must not be the top one, some unit of it must be left that day,
// and DOWN needs a level below; each body a per-body policy names must be an active body of a unit of
// that level, and each body it hands to (`to`) an active body of another level.
// Returns one row per problem: where (the path within the change) and message.
CALL () {
  WITH CASE
    WHEN $level = 'PROVINCE' THEN {where: 'level', message: 'the top level cannot be abolished: there is no unit above it'}
    WHEN NOT EXISTS { (p:AdminUnitPeriod {level: $level}) WHERE p.validFrom <= $asOf < p.validTo }
      THEN {where: 'level', message: 'there is no unit of level ' + $level + ' (left) to abolish'}
    WHEN $policy = 'DOWN' AND $level = 'COMMUNE' THEN {where: 'policy', message: 'there is no level below COMMUNE to hand down to'}
  END AS problem
  RETURN problem
UNION
  UNWIND range(0, size($except) - 1) AS i
  WITH i, $except[i] AS body
  CALL (i, body) {
    WITH body WHERE body.policy = 'DOWN' AND $level = 'COMMUNE'
    RETURN {where: 'except[' + i + '].policy', message: 'there is no level below COMMUNE to hand down to'} AS problem
  UNION
    UNWIND range(0, size(body.agencies) - 1) AS j
    WITH j, body.agencies[j] AS code
    WHERE NOT EXISTS {
      (ap:AgencyPeriod {code: code, status: 'ACTIVE'})-[:LOCATED_IN]->(:AdminUnit)<-[:PERIOD_OF]-(up:AdminUnitPeriod {level: $level})
      WHERE ap.validFrom <= $asOf < ap.validTo AND up.validFrom <= $asOf < up.validTo
    }
    RETURN {where: 'except[' + i + '].agencies[' + j + ']',
            message: code + ' is not an active body of a unit of level ' + $level + ' on ' + toString($asOf)} AS problem
  UNION
    WITH body WHERE body.to IS NOT NULL AND NOT EXISTS {
      (ap:AgencyPeriod {code: body.to, status: 'ACTIVE'})-[:LOCATED_IN]->(:AdminUnit)<-[:PERIOD_OF]-(up:AdminUnitPeriod)
      WHERE ap.validFrom <= $asOf < ap.validTo AND up.validFrom <= $asOf < up.validTo AND up.level <> $level
    }
    RETURN {where: 'except[' + i + '].to',
            message: body.to + ' is not an active body of a unit that stays (another level than ' + $level + ') on '
                     + toString($asOf)} AS problem
  }
  RETURN problem
}
WITH problem WHERE problem IS NOT NULL
RETURN problem.where AS where, problem.message AS message

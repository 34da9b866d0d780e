// What stops a transfer on $asOf, against the graph as the scenario's earlier changes left it (the check runs
// in the transaction that carries them out): function $function must exist; agencies $from and $to
// must exist that day, be active and differ; $from must hold a responsibility for the function or a task
// under it. Returns one row per problem: where (the path within the change) and message.
OPTIONAL MATCH (f:Function {code: $function})
OPTIONAL MATCH (fromKnown:Agency {code: $from})
OPTIONAL MATCH (toKnown:Agency {code: $to})
OPTIONAL MATCH (from:AgencyPeriod {code: $from})
  WHERE from.validFrom <= $asOf < from.validTo
OPTIONAL MATCH (to:AgencyPeriod {code: $to})
  WHERE to.validFrom <= $asOf < to.validTo
WITH f, from, to,
     CASE
       WHEN fromKnown IS NULL THEN 'no agency with code ' + $from
       WHEN from IS NULL THEN $from + ' does not exist on ' + toString($asOf)
       WHEN from.status <> 'ACTIVE' THEN $from + ' is ' + from.status + ' (in the knowledge base or after an earlier change of this scenario)'
     END AS fromProblem,
     CASE
       WHEN toKnown IS NULL THEN 'no agency with code ' + $to
       WHEN to IS NULL THEN $to + ' does not exist on ' + toString($asOf)
       WHEN to.status <> 'ACTIVE' THEN $to + ' is ' + to.status + ' (in the knowledge base or after an earlier change of this scenario)'
     END AS toProblem
WITH f, from, to, fromProblem, toProblem,
     CASE WHEN f IS NOT NULL AND fromProblem IS NULL
          THEN EXISTS {
            (from)-[:PERIOD_OF]->(:Agency)-[:HOLDS]->(r:Responsibility)-[:FOR]->(:Function)-[:PART_OF*0..]->(f)
              WHERE r.validFrom <= $asOf < r.validTo
          }
          ELSE true END AS holds
UNWIND [
  {where: 'function', message: CASE WHEN f IS NULL THEN 'no function with code ' + $function END},
  {where: 'from', message: fromProblem},
  {where: 'to', message: toProblem},
  {where: 'to', message: CASE WHEN $from = $to THEN 'an agency cannot transfer a function to itself' END},
  {where: 'from', message: CASE WHEN $from <> $to AND NOT holds
                                THEN $from + ' holds no responsibility for ' + $function
                                     + ' or a task under it (after the changes before this one)' END}
] AS problem
WITH problem
  WHERE problem.message IS NOT NULL
RETURN problem.where AS where, problem.message AS message

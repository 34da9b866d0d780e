// What stops a transfer, against the graph as the scenario's earlier changes left it (the check runs
// in the transaction that carries them out): function $function must exist; agencies $from and $to
// must exist, be active and differ; $from must hold a responsibility for the function or a task
// under it. Returns one row per problem: where (the path within the change) and message.
OPTIONAL MATCH (f:Function {code: $function})
OPTIONAL MATCH (from:Agency {code: $from})
OPTIONAL MATCH (to:Agency {code: $to})
WITH f, from, to,
     CASE
       WHEN from IS NULL THEN 'no agency with code ' + $from
       WHEN from.status <> 'ACTIVE' THEN $from + ' is ' + from.status + ' (in the knowledge base or after an earlier change of this scenario)'
     END AS fromProblem,
     CASE
       WHEN to IS NULL THEN 'no agency with code ' + $to
       WHEN to.status <> 'ACTIVE' THEN $to + ' is ' + to.status + ' (in the knowledge base or after an earlier change of this scenario)'
     END AS toProblem
WITH f, from, to, fromProblem, toProblem,
     CASE WHEN f IS NOT NULL AND fromProblem IS NULL
          THEN EXISTS { (from)-[:HOLDS]->(:Responsibility)-[:FOR]->(:Function)-[:PART_OF*0..]->(f) }
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

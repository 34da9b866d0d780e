// What stops a dissolution on $asOf, against the graph as the scenario's earlier changes left it (the
// check runs in the transaction that carries them out): agency $agency, and $handTo when given, must
// exist that day and be active, and differ. Returns one row per problem: where (the path within the
// change) and message.
UNWIND [{where: 'agency', code: $agency}] + CASE WHEN $handTo IS NULL THEN [] ELSE [{where: 'hand_to', code: $handTo}] END AS slot
OPTIONAL MATCH (known:Agency {code: slot.code})
OPTIONAL MATCH (a:AgencyPeriod {code: slot.code})
  WHERE a.validFrom <= $asOf < a.validTo
WITH slot, CASE
  WHEN known IS NULL THEN 'no agency with code ' + slot.code
  WHEN a IS NULL THEN slot.code + ' does not exist on ' + toString($asOf)
  WHEN a.status <> 'ACTIVE' THEN slot.code + ' is ' + a.status + ' (in the knowledge base or after an earlier change of this scenario)'
  WHEN slot.where = 'hand_to' AND $handTo = $agency THEN 'an agency cannot hand its responsibilities to itself'
END AS message
  WHERE message IS NOT NULL
RETURN slot.where AS where, message
  ORDER BY where = 'hand_to'

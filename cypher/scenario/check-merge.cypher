// What stops a merge on $asOf, against the graph as the scenario's earlier changes left it (the check
// runs in the transaction that carries them out): each agency merged must exist that day and be
// active; $into must be an active agency or, when the merge creates it ($newAgency), a code no agency
// has. Returns one row per problem: where (the path within the change) and message, in the file's order.
UNWIND [j IN range(0, size($agencies) - 1) | {rank: j, where: 'agencies[' + j + ']', code: $agencies[j], created: false}]
       + [{rank: size($agencies), where: CASE WHEN $newAgency THEN 'into.code' ELSE 'into' END, code: $into, created: $newAgency}]
       AS slot
OPTIONAL MATCH (known:Agency {code: slot.code})
OPTIONAL MATCH (a:AgencyPeriod {code: slot.code})
  WHERE a.validFrom <= $asOf < a.validTo
WITH slot, CASE
  WHEN slot.created THEN CASE WHEN known IS NOT NULL THEN 'an agency ' + slot.code + ' already exists' END
  WHEN known IS NULL THEN 'no agency with code ' + slot.code
  WHEN a IS NULL THEN slot.code + ' does not exist on ' + toString($asOf)
  WHEN a.status <> 'ACTIVE' THEN slot.code + ' is ' + a.status + ' (in the knowledge base or after an earlier change of this scenario)'
END AS message
  WHERE message IS NOT NULL
RETURN slot.where AS where, message
  ORDER BY slot.rank

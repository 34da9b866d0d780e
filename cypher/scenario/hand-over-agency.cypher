// Agency $from's place in the reporting structure goes to $to: its subordinates report to $to, $to
// takes its superiors (never itself), its staff quota joins $to's, and its own lines are removed.
MATCH (from:Agency {code: $from}), (to:Agency {code: $to})
CALL (from, to) {
  MATCH (x:Agency)-[line:REPORTS_TO]->(from)
    WHERE x <> to
  MERGE (x)-[:REPORTS_TO {line: line.line}]->(to)
}
CALL (from, to) {
  MATCH (from)-[line:REPORTS_TO]->(y:Agency)
    WHERE y <> to
  MERGE (to)-[:REPORTS_TO {line: line.line}]->(y)
}
CALL (from) {
  MATCH (from)-[line:REPORTS_TO]-()
  DELETE line
}
SET to.staffQuota = CASE WHEN from.staffQuota IS NULL AND to.staffQuota IS NULL THEN null
                         ELSE coalesce(to.staffQuota, 0) + coalesce(from.staffQuota, 0) END

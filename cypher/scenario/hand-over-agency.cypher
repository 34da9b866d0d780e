// From $asOf, agency $from's place in the reporting structure goes to $to: its subordinates report to
// $to, $to takes its superiors (never itself), its staff quota joins $to's, and its own lines end.
// The periods of both were split on $asOf (split-agencies), so the quota changes only from that day.
MATCH (from:Agency {code: $from}), (to:Agency {code: $to})
CALL (from, to) {
  MATCH (x:Agency)-[line:REPORTS_TO]->(from)
    WHERE x <> to AND line.validFrom <= $asOf < line.validTo
    AND NOT EXISTS {
      (x)-[held:REPORTS_TO {line: line.line}]->(to) WHERE held.validFrom <= $asOf < held.validTo
    }
  CREATE (x)-[:REPORTS_TO {line: line.line, validFrom: $asOf, validTo: line.validTo}]->(to)
}
CALL (from, to) {
  MATCH (from)-[line:REPORTS_TO]->(y:Agency)
    WHERE y <> to AND line.validFrom <= $asOf < line.validTo
    AND NOT EXISTS {
      (to)-[held:REPORTS_TO {line: line.line}]->(y) WHERE held.validFrom <= $asOf < held.validTo
    }
  CREATE (to)-[:REPORTS_TO {line: line.line, validFrom: $asOf, validTo: line.validTo}]->(y)
}
CALL (from) {
  MATCH (from)-[line:REPORTS_TO]-()
    WHERE line.validFrom <= $asOf < line.validTo
  CALL (line) {
    WITH line
      WHERE line.validFrom < $asOf
    SET line.validTo = $asOf
  }
  CALL (line) {
    WITH line
      WHERE line.validFrom = $asOf
    DELETE line
  }
}
WITH from, to
MATCH (fromNow:AgencyPeriod {code: $from}), (toNow:AgencyPeriod {code: $to})
  WHERE fromNow.validFrom <= $asOf < fromNow.validTo AND toNow.validFrom <= $asOf < toNow.validTo
SET toNow.staffQuota = CASE WHEN fromNow.staffQuota IS NULL AND toNow.staffQuota IS NULL THEN null
                            ELSE coalesce(toNow.staffQuota, 0) + coalesce(fromNow.staffQuota, 0) END

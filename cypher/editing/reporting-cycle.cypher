// Whether a $line line from $agency to $superior closes a cycle of such lines holding on $asOf.
MATCH (a:Agency {code: $agency}), (s:Agency {code: $superior})
RETURN a = s OR EXISTS {
  (s) (()-[l:REPORTS_TO WHERE l.line = $line AND l.validFrom <= $asOf < l.validTo]->())+ (a)
} AS cycle

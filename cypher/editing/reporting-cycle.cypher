// Whether a line of kind $line from $agency up to $superior would close a cycle of that kind:
// the superior already reports, by such lines, to the agency.
MATCH (a:Agency {code: $agency}), (s:Agency {code: $superior})
RETURN a = s OR EXISTS { (s) (()-[l:REPORTS_TO WHERE l.line = $line]->())+ (a) } AS cycle

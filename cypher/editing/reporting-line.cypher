// Whether $agency reports to $superior by a $line line on $asOf.
RETURN EXISTS {
  (:Agency {code: $agency})-[l:REPORTS_TO {line: $line}]->(:Agency {code: $superior})
    WHERE l.validFrom <= $asOf < l.validTo
} AS exists

// Removes the lines of this kind between the two agencies that hold on $asOf.
MATCH (:Agency {code: $agency})-[l:REPORTS_TO {line: $line}]->(:Agency {code: $superior})
  WHERE l.validFrom <= $asOf < l.validTo
DELETE l

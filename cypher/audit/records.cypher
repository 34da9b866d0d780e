// The audit log, newest first: one page after the cursor ($afterAt, $afterId: the last record seen),
// with the number of records that match the filters in all pages. Every filter may be null:
// $code (one of the codes a record touched), $user, $from (inclusive) and $to (exclusive). $size
MATCH (r:AuditRecord)
WHERE ($code IS NULL OR $code IN r.codes)
  AND ($user IS NULL OR r.user = $user)
  AND ($from IS NULL OR r.at >= $from)
  AND ($to IS NULL OR r.at < $to)
WITH r
ORDER BY r.at DESC, r.id DESC
WITH collect(r) AS matching
WITH matching,
     [r IN matching WHERE $afterAt IS NULL OR r.at < $afterAt OR (r.at = $afterAt AND r.id < $afterId)] AS rest
RETURN size(matching) AS total, size(rest) < size(matching) AS hasPrevious, size(rest) > $size AS hasNext,
       [r IN rest[0..$size] | r {.id, .at, .user, .kind, .description, .codes, .countKeys, .countValues, .reason}]
         AS page

// The audit log, newest first: one page after the cursor ($afterAt, $afterId: the last record seen),
// with the number of records that match the filters in all pages. $from (inclusive) and $to
// (exclusive) are always given (the widest range when not filtered), so that the records are read
// through the index on `at`; $code (one of the codes a record touched) and $user may be null. $size
MATCH (r:AuditRecord)
WHERE r.at >= $from AND r.at < $to
  AND ($code IS NULL OR $code IN r.codes)
  AND ($user IS NULL OR r.user = $user)
WITH r
ORDER BY r.at DESC, r.id DESC
WITH collect(r) AS matching
WITH matching,
     [r IN matching WHERE $afterAt IS NULL OR r.at < $afterAt OR (r.at = $afterAt AND r.id < $afterId)] AS rest
RETURN size(matching) AS total, size(rest) < size(matching) AS hasPrevious, size(rest) > $size AS hasNext,
       [r IN rest[0..$size] | r {.id, .at, .user, .kind, .description, .codes, .countKeys, .countValues, .reason}]
         AS page

// Appends one record to the audit log, in the transaction of the write it describes (so a write that
// fails leaves no record, and no record exists without its write). The only statement that writes an
// AuditRecord: records are never changed or deleted. `at` is the database's real-time clock (to the
// microsecond; datetime() would give the statement's clock, to the millisecond).
// $user, $kind, $description, $codes, $countKeys, $countValues (the figures, in order), $reason
CREATE (:AuditRecord {id: randomUUID(), at: datetime.realtime(), user: $user, kind: $kind, description: $description,
                      codes: $codes, countKeys: $countKeys, countValues: $countValues, reason: $reason})

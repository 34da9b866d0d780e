// The audit log (who changed what): one AuditRecord per write, read newest first and by time range
// (the index on `at`), by user, and by the codes a record touched (a list, read record by record).
CREATE CONSTRAINT audit_record_id IF NOT EXISTS FOR (n:AuditRecord) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_record_at IF NOT EXISTS FOR (n:AuditRecord) ON (n.at);
CREATE INDEX audit_record_user IF NOT EXISTS FOR (n:AuditRecord) ON (n.user);

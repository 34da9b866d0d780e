package org.apparatus.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One record of the audit log, as stored: who changed what, when and why.
 *
 * @param id the record's id (a random UUID)
 * @param at when, by the database's clock, in the transaction of the write
 * @param user who (a user of the API, or {@code cli:} and an operating-system user)
 * @param kind the kind of write
 * @param description what was done, in one line
 * @param codes the codes the write touched
 * @param counts figures of the write, in their order
 * @param reason why; absent for a command run without {@code --reason}
 */
public record AuditRecord(String id, Instant at, String user, AuditKind kind, String description, List<String> codes,
		Map<String, Long> counts, @Nullable String reason) {
}

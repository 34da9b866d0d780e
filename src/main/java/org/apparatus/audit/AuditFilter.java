package org.apparatus.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * Which audit records to read; every part is optional.
 *
 * @param code only records that touched this code
 * @param user only records of this user ({@code editor}, {@code cli:alice})
 * @param from only records written at or after this instant
 * @param to only records written before this instant
 */
public record AuditFilter(@Nullable String code, @Nullable String user, @Nullable Instant from, @Nullable Instant to) {

	public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null);

	/** The start of a day in this process's time zone. */
	public static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
	}

}

package org.apparatus.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apparatus.api.InvalidArgumentException;
import org.apparatus.system.CypherFile;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.SimpleQueryRunner;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only log of writes to the knowledge base. A writer appends its record in the
 * transaction of its write — {@link #record(Attribution, AuditEntry)} in a Spring-managed
 * transaction (and only there: without one it throws), or
 * {@link #record(SimpleQueryRunner, Attribution, AuditEntry)} in a driver transaction —
 * so the record commits with the write or not at all. Nothing changes or deletes a
 * record.
 */
@Component
public class AuditLog {

	/** The bounds of an unfiltered time range. */
	private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	private final Neo4jClient client;

	AuditLog(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * Appends a record in the Spring-managed transaction of the write it describes; there
	 * must be one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Attribution by, AuditEntry what) {
		this.client.query(CypherFile.load("audit/append-record")).bindAll(parameters(by, what)).run();
	}

	/**
	 * Appends a record in the given driver transaction, that of the write it describes.
	 */
	public static void record(SimpleQueryRunner transaction, Attribution by, AuditEntry what) {
		transaction.run(CypherFile.load("audit/append-record"), parameters(by, what)).consume();
	}

	/**
	 * A page of the records that match the filter, newest first, after the record
	 * {@code after} names ({@link Page#cursorOf}).
	 */
	public Page page(AuditFilter filter, @Nullable String after, int size) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("code", filter.code());
		parameters.put("user", filter.user());
		parameters.put("from", utc(filter.from() == null ? EARLIEST : filter.from()));
		parameters.put("to", utc(filter.to() == null ? LATEST : filter.to()));
		parameters.put("afterAt", null);
		parameters.put("afterId", null);
		if (after != null) {
			int separator = after.indexOf('|');
			try {
				parameters.put("afterAt", utc(Instant.parse(after.substring(0, Math.max(0, separator)))));
			}
			catch (DateTimeParseException ex) {
				throw new InvalidArgumentException("after", "not a cursor of the audit log");
			}
			parameters.put("afterId", after.substring(separator + 1));
		}
		parameters.put("size", size);
		Map<String, Object> row = this.client.query(CypherFile.load("audit/records"))
			.bindAll(parameters)
			.fetch()
			.one()
			.orElseThrow();
		List<AuditRecord> records = new ArrayList<>();
		for (Object item : (List<?>) row.get("page")) {
			records.add(record((Map<?, ?>) item));
		}
		return new Page(List.copyOf(records), ((Number) row.get("total")).intValue(),
				Boolean.TRUE.equals(row.get("hasNext")), Boolean.TRUE.equals(row.get("hasPrevious")));
	}

	private static Map<String, Object> parameters(Attribution by, AuditEntry what) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("user", by.user());
		parameters.put("reason", by.reason());
		parameters.put("kind", what.kind().name());
		parameters.put("description", what.description());
		parameters.put("codes", what.codes());
		parameters.put("countKeys", List.copyOf(what.counts().keySet()));
		parameters.put("countValues", List.copyOf(what.counts().values()));
		return parameters;
	}

	private static AuditRecord record(Map<?, ?> row) {
		Map<String, Long> counts = new LinkedHashMap<>();
		List<?> keys = (List<?>) row.get("countKeys");
		List<?> values = (List<?>) row.get("countValues");
		for (int i = 0; i < keys.size(); i++) {
			counts.put((String) keys.get(i), ((Number) values.get(i)).longValue());
		}
		return new AuditRecord((String) row.get("id"), ((ZonedDateTime) row.get("at")).toInstant(),
				(String) row.get("user"), AuditKind.valueOf((String) row.get("kind")), (String) row.get("description"),
				((List<?>) row.get("codes")).stream().map(String.class::cast).toList(), counts,
				(String) row.get("reason"));
	}

	private static @Nullable ZonedDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atZone(ZoneOffset.UTC);
	}

	/**
	 * A page of the log.
	 *
	 * @param records the page's records, newest first
	 * @param total how many records match the filter in all pages
	 * @param hasNext there are older records after this page
	 * @param hasPrevious there are newer records before this page
	 */
	public record Page(List<AuditRecord> records, int total, boolean hasNext, boolean hasPrevious) {

		/** The key of a record to continue after it: its time and id. */
		public static String cursorOf(AuditRecord record) {
			return record.at() + "|" + record.id();
		}

	}

}

package org.apparatus.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apparatus.api.Connections;
import org.apparatus.api.Edge;
import org.apparatus.api.InvalidArgumentException;
import org.apparatus.api.PageInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The audit log over GraphQL, for editors only. */
@Controller
class AuditController {

	private static final String LIST = "audit";

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@QueryMapping
	@PreAuthorize("hasRole('EDITOR')")
	AuditConnection auditLog(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable String code, @Argument @Nullable String user, @Argument @Nullable String from,
			@Argument @Nullable String to) {
		Connections.Request page = Connections.request(LIST, first, after, null, null);
		AuditFilter filter = new AuditFilter(code, user, instant("from", from, false), instant("to", to, true));
		if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
			throw new InvalidArgumentException("to", "must be after from (" + from + "), not " + to);
		}
		AuditLog.Page result = this.log.page(filter, page.after(), page.size());
		List<Edge<AuditRecord>> edges = Connections.edges(LIST, result.records(), AuditLog.Page::cursorOf);
		return new AuditConnection(edges, Connections.pageInfo(edges, result.hasNext(), result.hasPrevious()),
				result.total());
	}

	@SchemaMapping(typeName = "AuditRecord")
	String at(AuditRecord record) {
		return record.at().toString();
	}

	@SchemaMapping(typeName = "AuditRecord")
	List<AuditCount> counts(AuditRecord record) {
		return record.counts().entrySet().stream().map(e -> new AuditCount(e.getKey(), e.getValue())).toList();
	}

	/**
	 * An instant ({@code 2026-12-04T04:20:00Z}, or with an offset) or a day
	 * ({@code 2026-12-04}: its start in the server's time zone, or for {@code to} the
	 * start of the next day, so that the day is included).
	 */
	static @Nullable Instant instant(String argument, @Nullable String value, boolean endOfDay) {
		if (value == null) {
			return null;
		}
		try {
			if (value.contains("T")) {
				return OffsetDateTime.parse(value).toInstant();
			}
			LocalDate day = LocalDate.parse(value);
			return AuditFilter.startOf(endOfDay ? day.plusDays(1) : day);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidArgumentException(argument,
					"an instant (2026-12-04T04:20:00Z) or a day (2026-12-04), not \"" + value + "\"");
		}
	}

	/** A page of the audit log. */
	record AuditConnection(List<Edge<AuditRecord>> edges, PageInfo pageInfo, int totalCount) {
	}

	/** A figure of a write under its key. */
	record AuditCount(String key, long count) {
	}

}

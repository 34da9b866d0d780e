package org.apparatus.registry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apparatus.api.InvalidArgumentException;
import org.apparatus.registry.RegistryViews.AgencyConnection;
import org.apparatus.registry.RegistryViews.AgencyEdge;
import org.apparatus.registry.RegistryViews.AgencyFilter;
import org.apparatus.registry.RegistryViews.PageInfo;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Cursor pagination of the agency listing (the Relay connection shape): pages are cut by agency
 * code, so a cursor stays valid while agencies are added elsewhere in the list.
 */
@Component
class AgencyPages {

	static final int DEFAULT_PAGE_SIZE = 20;

	static final int MAX_PAGE_SIZE = 100;

	private static final String CURSOR_PREFIX = "agency:";

	private final GraphReader reader;

	AgencyPages(GraphReader reader) {
		this.reader = reader;
	}

	AgencyConnection page(@Nullable AgencyFilter filter, @Nullable Integer first, @Nullable String after,
			@Nullable Integer last, @Nullable String before) {
		if (first != null && last != null) {
			throw new InvalidArgumentException("last", "give either first or last, not both");
		}
		boolean backwards = last != null;
		int size = checkSize(backwards ? "last" : "first", backwards ? last : first);
		String afterCode = decode("after", after);
		String beforeCode = decode("before", before);
		AgencyFilter f = filter != null ? filter : new AgencyFilter(null, false, null, null, null);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("unit", f.unit());
		parameters.put("includeSubunits", Boolean.TRUE.equals(f.includeSubunits()));
		parameters.put("sector", f.sector() == null ? null : f.sector().name());
		parameters.put("kind", f.kind() == null ? null : f.kind().name());
		parameters.put("status", f.status() == null ? null : f.status().name());
		parameters.put("after", afterCode);
		parameters.put("before", beforeCode);
		parameters.put("limit", size + 1);
		parameters.put("descending", backwards);
		List<Record> rows = this.reader.rows("queries/agencies-page", parameters);
		int total = rows.isEmpty() ? 0 : rows.get(0).get("total").asInt();
		List<Agency> agencies = new ArrayList<>();
		for (Record row : rows) {
			if (!row.get("a").isNull()) {
				agencies.add(this.reader.entity(Agency.class, row.get("a")));
			}
		}
		boolean more = agencies.size() > size;
		if (more) {
			agencies = agencies.subList(0, size);
		}
		if (backwards) {
			agencies = new ArrayList<>(agencies);
			java.util.Collections.reverse(agencies);
		}
		List<AgencyEdge> edges = agencies.stream().map(a -> new AgencyEdge(encode(a.code()), a)).toList();
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		var pageInfo = backwards ? new PageInfo(beforeCode != null, more, start, end)
				: new PageInfo(more, afterCode != null, start, end);
		return new AgencyConnection(edges, pageInfo, total);
	}

	private static int checkSize(String argument, @Nullable Integer size) {
		if (size == null) {
			return DEFAULT_PAGE_SIZE;
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidArgumentException(argument, "must be between 1 and " + MAX_PAGE_SIZE + ", not " + size);
		}
		return size;
	}

	static String encode(String code) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_PREFIX + code).getBytes(StandardCharsets.UTF_8));
	}

	private static @Nullable String decode(String argument, @Nullable String cursor) {
		if (cursor == null) {
			return null;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (decoded.startsWith(CURSOR_PREFIX)) {
				return decoded.substring(CURSOR_PREFIX.length());
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new InvalidArgumentException(argument, "\"" + cursor + "\" is not a cursor of this list");
	}

}

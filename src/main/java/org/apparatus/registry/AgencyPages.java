package org.apparatus.registry;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apparatus.api.Connections;
import org.apparatus.api.Edge;
import org.apparatus.registry.RegistryViews.AgencyConnection;
import org.apparatus.registry.RegistryViews.AgencyFilter;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Cursor pagination of the agency listing ({@link Connections}): pages are cut by agency
 * code, so a cursor stays valid while agencies are added elsewhere in the list.
 */
@Component
class AgencyPages {

	private static final String LIST = "agency";

	private final GraphReader reader;

	AgencyPages(GraphReader reader) {
		this.reader = reader;
	}

	AgencyConnection page(@Nullable AgencyFilter filter, @Nullable Integer first, @Nullable String after,
			@Nullable Integer last, @Nullable String before, LocalDate asOf) {
		Connections.Request page = Connections.request(LIST, first, after, last, before);
		AgencyFilter f = filter != null ? filter : new AgencyFilter(null, false, null, null, null);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("unit", f.unit());
		parameters.put("includeSubunits", Boolean.TRUE.equals(f.includeSubunits()));
		parameters.put("sector", f.sector() == null ? null : f.sector().name());
		parameters.put("kind", f.kind() == null ? null : f.kind().name());
		parameters.put("status", f.status() == null ? null : f.status().name());
		parameters.put("after", page.after());
		parameters.put("before", page.before());
		parameters.put("limit", page.size() + 1);
		parameters.put("descending", page.backwards());
		parameters.put("asOf", asOf);
		List<Record> rows = this.reader.keptRows("queries/agencies-page", parameters);
		int total = rows.isEmpty() ? 0 : rows.get(0).get("total").asInt();
		List<Agency> agencies = new ArrayList<>();
		for (Record row : rows) {
			if (!row.get("a").isNull()) {
				agencies.add(Agency.read(row.get("a"), asOf));
			}
		}
		// one more than the page was read: its presence says whether the list goes on
		boolean more = agencies.size() > page.size();
		if (more) {
			agencies = new ArrayList<>(agencies.subList(0, page.size()));
		}
		if (page.backwards()) {
			Collections.reverse(agencies);
		}
		List<Edge<Agency>> edges = Connections.edges(LIST, agencies, Agency::code);
		var pageInfo = page.backwards() ? Connections.pageInfo(edges, page.before() != null, more)
				: Connections.pageInfo(edges, more, page.after() != null);
		return new AgencyConnection(edges, pageInfo, total);
	}

}

package org.apparatus.registry;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The registry's entities by code, many at once (one query per call), for modules that
 * hold codes and need the entities: findings, coverage, reports. Plain batch queries of
 * {@code cypher/queries/} rather than the repositories' {@code findAllById}, which
 * renders its statement anew on every call and cost more CPU than the query itself under
 * load (docs/performance.md).
 */
@Component
public class RegistryLookup {

	private final GraphReader reader;

	RegistryLookup(GraphReader reader) {
		this.reader = reader;
	}

	public Map<String, Agency> agencies(Collection<String> codes) {
		return byCode("queries/agencies-by-code", codes, Agency.class, "agency");
	}

	public Map<String, AdminUnit> units(Collection<String> codes) {
		return byCode("queries/units-by-code", codes, AdminUnit.class, "unit");
	}

	public Map<String, GovernmentFunction> functions(Collection<String> codes) {
		return byCode("queries/functions-by-code", codes, GovernmentFunction.class, "function");
	}

	public Map<String, Mandate> mandates(Collection<String> codes) {
		return byCode("queries/mandates-by-code", codes, Mandate.class, "mandate");
	}

	private <T> Map<String, T> byCode(String query, Collection<String> codes, Class<T> type, String column) {
		Map<String, T> found = new HashMap<>();
		if (!codes.isEmpty()) {
			this.reader.grouped(query, codes, row -> this.reader.entity(type, row.get(column)))
				.forEach((code, rows) -> found.put(code, rows.get(0)));
		}
		return found;
	}

}

package org.apparatus.registry;

import java.time.LocalDate;
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

	/**
	 * Agencies as they were on a day; a code that did not exist that day comes with its
	 * nearest period ({@link Agency#exists()} is false), so that its name can be shown.
	 */
	public Map<String, Agency> agencies(Collection<String> codes, LocalDate asOf) {
		return byCode("queries/agencies-by-code", codes, asOf, (row, day) -> Agency.read(row.get("agency"), day));
	}

	/** Admin units as they were on a day, as {@link #agencies} does. */
	public Map<String, AdminUnit> units(Collection<String> codes, LocalDate asOf) {
		return byCode("queries/units-by-code", codes, asOf, (row, day) -> AdminUnit.read(row.get("unit"), day));
	}

	public Map<String, GovernmentFunction> functions(Collection<String> codes, LocalDate asOf) {
		return byCode("queries/functions-by-code", codes, asOf,
				(row, day) -> GovernmentFunction.read(row.get("function"), day));
	}

	public Map<String, Mandate> mandates(Collection<String> codes) {
		return byCode("queries/mandates-by-code", codes, Period.END,
				(row, day) -> this.reader.entity(Mandate.class, row.get("mandate")));
	}

	private <T> Map<String, T> byCode(String query, Collection<String> codes, LocalDate asOf,
			GraphReader.DayRowMapper<T> mapper) {
		Map<String, T> found = new HashMap<>();
		if (!codes.isEmpty()) {
			this.reader.grouped(query, codes, asOf, row -> mapper.map(row, asOf))
				.forEach((code, rows) -> found.put(code, rows.get(0)));
		}
		return found;
	}

}

package org.apparatus.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apparatus.system.KnowledgeBaseRevision;
import org.apparatus.system.RevisionCache;

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

	/** Entities kept per revision: a province's agencies, units and functions fit. */
	private static final int KEPT = 20_000;

	private final GraphReader reader;

	private final RevisionCache<Key, Object> kept;

	RegistryLookup(GraphReader reader, KnowledgeBaseRevision revision) {
		this.reader = reader;
		this.kept = new RevisionCache<>(revision, KEPT);
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

	/**
	 * The entities of these codes on a day: those kept for the knowledge base's current
	 * revision, the others read by one query.
	 */
	@SuppressWarnings("unchecked")
	private <T> Map<String, T> byCode(String query, Collection<String> codes, LocalDate asOf,
			GraphReader.DayRowMapper<T> mapper) {
		Map<String, T> found = new HashMap<>();
		if (codes.isEmpty()) {
			return found;
		}
		List<Key> keys = codes.stream().distinct().map(code -> new Key(query, code, asOf)).toList();
		this.kept.getAll(keys, missing -> {
			Map<Key, Object> read = new HashMap<>();
			this.reader.groupedOnce(query, missing.stream().map(Key::code).toList(), asOf, row -> mapper.map(row, asOf))
				.forEach((code, rows) -> read.put(new Key(query, code, asOf), rows.get(0)));
			return read;
		}).forEach((key, entity) -> found.put(key.code(), (T) entity));
		return found;
	}

	/** An entity of a query by its code, as of a day. */
	private record Key(String query, String code, LocalDate asOf) {
	}

}

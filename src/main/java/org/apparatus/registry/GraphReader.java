package org.apparatus.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apparatus.system.CypherFile;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the read queries of {@code cypher/queries/} and maps their nodes with Spring Data
 * Neo4j's own entity mapping. Batch queries take {@code $codes} and return a {@code code}
 * column, so one query serves a whole list of parents (the GraphQL batch loaders).
 */
@Component
class GraphReader {

	private final Neo4jClient client;

	private final Neo4jMappingContext mappingContext;

	GraphReader(Neo4jClient client, Neo4jMappingContext mappingContext) {
		this.client = client;
		this.mappingContext = mappingContext;
	}

	/**
	 * Rows of a query, in its order, in a read transaction bounded by the default
	 * timeout.
	 */
	@Transactional(readOnly = true)
	List<Record> rows(String query, Map<String, Object> parameters) {
		return List.copyOf(this.client.query(CypherFile.load(query))
			.bindAll(parameters)
			.fetchAs(Record.class)
			.mappedBy((types, record) -> record)
			.all());
	}

	/**
	 * The rows of a batch query grouped by their {@code code} column, each mapped by
	 * {@code mapper}; the query reads the store as of {@code asOf}.
	 */
	<T> Map<String, List<T>> grouped(String query, Collection<String> codes, LocalDate asOf, RowMapper<T> mapper) {
		Map<String, List<T>> grouped = new LinkedHashMap<>();
		for (Record record : rows(query, Map.of("codes", List.copyOf(codes), "asOf", asOf))) {
			grouped.computeIfAbsent(record.get("code").asString(), c -> new java.util.ArrayList<>())
				.add(mapper.map(record));
		}
		return grouped;
	}

	/**
	 * For each source, the rows of a batch query whose {@code code} is the source's key,
	 * read as of the source's day (batch loaders): one query per day in the batch, which
	 * is one query unless a request asks about several days.
	 */
	<S, T> Map<S, List<T>> many(List<S> sources, Function<S, String> key, Function<S, LocalDate> day, String query,
			DayRowMapper<T> mapper) {
		Map<LocalDate, Set<String>> keysByDay = new LinkedHashMap<>();
		sources.forEach(s -> keysByDay.computeIfAbsent(day.apply(s), d -> new LinkedHashSet<>()).add(key.apply(s)));
		Map<LocalDate, Map<String, List<T>>> byDay = new HashMap<>();
		keysByDay.forEach((asOf, keys) -> byDay.put(asOf, grouped(query, keys, asOf, r -> mapper.map(r, asOf))));
		Map<S, List<T>> result = new HashMap<>();
		sources.forEach(s -> result.put(s, byDay.get(day.apply(s)).getOrDefault(key.apply(s), List.of())));
		return result;
	}

	/**
	 * For each source, the rows of a batch query whose {@code code} is the source's key,
	 * for what has no periods (mandates, the function tree).
	 */
	<S, T> Map<S, List<T>> many(List<S> sources, Function<S, String> key, String query, RowMapper<T> mapper) {
		return many(sources, key, source -> Period.END, query, (row, day) -> mapper.map(row));
	}

	/**
	 * For each source, the first row of a batch query for its key, for what has no
	 * periods; sources without a row are left out.
	 */
	<S, T> Map<S, T> one(List<S> sources, Function<S, String> key, String query, RowMapper<T> mapper) {
		return one(sources, key, source -> Period.END, query, (row, day) -> mapper.map(row));
	}

	/**
	 * For each source, the first row of a batch query for its key, read as of the
	 * source's day; sources without a row are left out.
	 */
	<S, T> Map<S, T> one(List<S> sources, Function<S, String> key, Function<S, LocalDate> day, String query,
			DayRowMapper<T> mapper) {
		Map<S, T> result = new HashMap<>();
		many(sources, key, day, query, mapper).forEach((source, rows) -> {
			if (!rows.isEmpty()) {
				result.put(source, rows.get(0));
			}
		});
		return result;
	}

	/** The entity of a node column. */
	<T> T entity(Class<T> type, Value node) {
		BiFunction<TypeSystem, MapAccessor, T> mapping = this.mappingContext.getRequiredMappingFunctionFor(type);
		return mapping.apply(TypeSystem.getDefault(), node.asNode());
	}

	@FunctionalInterface
	interface RowMapper<T> {

		T map(Record record);

	}

	/** Maps a row of a query read as of a day. */
	@FunctionalInterface
	interface DayRowMapper<T> {

		T map(Record record, LocalDate asOf);

	}

}

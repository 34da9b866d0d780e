package org.apparatus.registry;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.apparatus.system.KnowledgeBaseRevision;
import org.apparatus.system.RevisionCache;
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
 * column, so one query serves a whole list of parents (the GraphQL batch loaders). Their
 * rows are kept per code and day for one {@link KnowledgeBaseRevision}: planners ask
 * about the same bodies again and again, and the registry changes seldom.
 */
@Component
class GraphReader {

	private final Neo4jClient client;

	private final Neo4jMappingContext mappingContext;

	/**
	 * Codes and days whose rows are kept, per batch query: a province's bodies fit; a
	 * commune's committee holds about 200 responsibilities, the median body 25.
	 */
	private static final int KEPT = 4_096;

	/** Listings kept, by their parameters (a page of 20 to 100 bodies each). */
	private static final int LISTS_KEPT = 1_024;

	private final RevisionCache<BatchKey, List<Record>> kept;

	private final RevisionCache<ListKey, List<Record>> keptLists;

	GraphReader(Neo4jClient client, Neo4jMappingContext mappingContext, KnowledgeBaseRevision revision) {
		this.client = client;
		this.mappingContext = mappingContext;
		this.kept = new RevisionCache<>(revision, KEPT);
		this.keptLists = new RevisionCache<>(revision, LISTS_KEPT);
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
	 * Rows of a query, as {@link #rows}, kept for one {@link KnowledgeBaseRevision} with
	 * its parameters: for listings a planner pages through again and again, whose query
	 * reads a whole unit and the units below it.
	 */
	List<Record> keptRows(String query, Map<String, Object> parameters) {
		return this.keptLists.get(new ListKey(query, new HashMap<>(parameters)), key -> rows(query, parameters));
	}

	/**
	 * The rows of a batch query grouped by their {@code code} column, each mapped by
	 * {@code mapper}; the query reads the store as of {@code asOf}.
	 */
	<T> Map<String, List<T>> grouped(String query, Collection<String> codes, LocalDate asOf, RowMapper<T> mapper) {
		List<BatchKey> keys = keys(query, codes, asOf);
		return mapped(keys, this.kept.getAll(keys, missing -> read(query, missing, asOf)), mapper);
	}

	/**
	 * As {@link #grouped}, read from the store each time: for a caller that keeps what it
	 * maps for the revision itself ({@link RegistryLookup}), so the rows are not kept
	 * twice.
	 */
	<T> Map<String, List<T>> groupedOnce(String query, Collection<String> codes, LocalDate asOf, RowMapper<T> mapper) {
		List<BatchKey> keys = keys(query, codes, asOf);
		return mapped(keys, read(query, keys, asOf), mapper);
	}

	private static List<BatchKey> keys(String query, Collection<String> codes, LocalDate asOf) {
		return codes.stream().distinct().map(code -> new BatchKey(query, code, asOf)).toList();
	}

	private static <T> Map<String, List<T>> mapped(List<BatchKey> keys, Map<BatchKey, List<Record>> rows,
			RowMapper<T> mapper) {
		Map<String, List<T>> grouped = new LinkedHashMap<>();
		for (BatchKey key : keys) {
			List<Record> found = rows.getOrDefault(key, List.of());
			if (!found.isEmpty()) {
				List<T> mapped = new ArrayList<>(found.size());
				found.forEach(record -> mapped.add(mapper.map(record)));
				grouped.put(key.code(), mapped);
			}
		}
		return grouped;
	}

	/** The rows of these codes by one query; a code without rows gets an empty list. */
	private Map<BatchKey, List<Record>> read(String query, List<BatchKey> missing, LocalDate asOf) {
		Map<BatchKey, List<Record>> read = new HashMap<>();
		missing.forEach(key -> read.put(key, new ArrayList<>()));
		for (Record record : rows(query,
				Map.of("codes", missing.stream().map(BatchKey::code).toList(), "asOf", asOf))) {
			read.computeIfAbsent(new BatchKey(query, record.get("code").asString(), asOf), key -> new ArrayList<>())
				.add(record);
		}
		read.replaceAll((key, rows) -> List.copyOf(rows));
		return read;
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

	/** The rows of a listing query with these parameters. */
	private record ListKey(String query, Map<String, Object> parameters) {
	}

	/** The rows of a batch query for one code, read as of a day. */
	private record BatchKey(String query, String code, LocalDate asOf) {
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

package org.apparatus.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apparatus.system.CypherFile;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Result;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes a validated data set in batches of {@code UNWIND $rows}: nodes first, then the
 * relationships between them. Where the batches go (one transaction, or one each) is the
 * {@link Statements}' business.
 */
final class DataSetWriter {

	/**
	 * Runs one statement with its parameters and returns its result, fully consumed or
	 * not.
	 */
	@FunctionalInterface
	interface Statements {

		<T> T run(String cypher, Map<String, Object> parameters, Function<Result, T> reader);

	}

	static final int BATCH_SIZE = 20_000;

	/**
	 * Batches in flight during an initial load, so that one is sent while another commits
	 * (measured: no slower than one at a time, see docs/performance.md).
	 */
	static final int PARALLEL_BATCHES = 2;

	private final Statements statements;

	private final ImportProgress progress;

	private final boolean initialLoad;

	private long nodesCreated;

	private long relationshipsCreated;

	private long relationshipsDeleted;

	DataSetWriter(Statements statements, ImportProgress progress, boolean initialLoad) {
		this.statements = statements;
		this.initialLoad = initialLoad;
		this.progress = progress;
	}

	void write(DataSet set) {
		run(DataSetFile.ADMIN_UNITS, "dataset/merge-admin-units", byCode(set.adminUnits(), DataSet.AdminUnitRow::code),
				periods -> row("code", periods.get(0).code(), "level", periods.get(0).level().name(), "periods",
						periods.stream()
							.map(u -> row("validFrom", u.period().from(), "validTo", u.period().to(), "name", u.name(),
									"nameEn", u.nameEn(), "kind", u.kind() == null ? null : u.kind().name()))
							.toList()));
		run(null, "dataset/link-admin-unit-parents", set.adminUnits(),
				u -> row("code", u.code(), "validFrom", u.period().from(), "parentCode", u.parentCode()));
		run(DataSetFile.FUNCTIONS, "dataset/merge-functions", set.functions(),
				f -> row("code", f.code(), "name", f.name(), "nameEn", f.nameEn(), "cofog", f.cofog()));
		run(null, "dataset/link-function-parents", set.functions(),
				f -> row("code", f.code(), "parentCode", f.parentCode()));
		run(DataSetFile.MANDATES, "dataset/merge-mandates", set.mandates(),
				m -> row("code", m.code(), "kind", m.kind().name(), "number", m.number(), "title", m.title(), "issuer",
						m.issuer(), "issuedOn", m.issuedOn(), "effectiveFrom", m.effectiveFrom(), "repealedOn",
						m.repealedOn()));
		run(null, "dataset/link-mandate-successors", set.mandates(),
				m -> row("code", m.code(), "replacedBy", m.replacedBy()));
		writeAgencies(byCode(set.agencies(), DataSet.AgencyRow::code));
		run(DataSetFile.REPORTING_LINES, "dataset/merge-reporting-lines", set.reportingLines(),
				l -> row("agencyCode", l.agencyCode(), "superiorCode", l.superiorCode(), "line", l.line().name(),
						"validFrom", l.period().from(), "validTo", l.period().to()));
		writeResponsibilities(groupedResponsibilities(set));
		run(DataSetFile.FUNCTION_LEVELS, "dataset/merge-function-levels", set.functionLevels(),
				l -> row("functionCode", l.functionCode(), "level", l.level().name(), "unitKinds",
						l.unitKinds().isEmpty() ? null : l.unitKinds().stream().map(Enum::name).toList(), "mandateCode",
						l.mandateCode(), "validFrom", l.period().from(), "validTo", l.period().to()));
		run(DataSetFile.CHANGES, "dataset/merge-change-events", set.changes(), DataSetWriter::changeEvent);
	}

	/**
	 * A change event's parameters: its from- and to-codes as agencies or as admin units,
	 * by its kind.
	 */
	private static Map<String, Object> changeEvent(DataSet.ChangeRow c) {
		boolean units = c.kind().changesUnits();
		return row("code", c.code(), "date", c.date(), "kind", c.kind().name(), "note", c.note(), "fromAgencies",
				units ? List.of() : c.fromCodes(), "toAgencies", units ? List.of() : c.toCodes(), "fromUnits",
				units ? c.fromCodes() : List.of(), "toUnits", units ? c.toCodes() : List.of(), "functions",
				c.functionCodes(), "mandate", c.mandateCode());
	}

	/**
	 * New agencies are created (MERGE grows slow with the agencies a transaction has
	 * already created); only those already in the store are merged.
	 */
	private void writeAgencies(List<List<DataSet.AgencyRow>> rows) {
		String create = CypherFile.load("dataset/create-agencies");
		String merge = CypherFile.load("dataset/merge-agencies");
		String existing = CypherFile.load("dataset/existing-agencies");
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			List<List<DataSet.AgencyRow>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
			Set<Object> stored = this.initialLoad ? Set.of()
					: new HashSet<>(this.statements.run(existing,
							Map.of("codes", batch.stream().map(periods -> periods.get(0).code()).toList()),
							result -> result.single().get("existing").asList()));
			var units = new Positions();
			List<Map<String, Object>> fresh = new ArrayList<>();
			List<Map<String, Object>> known = new ArrayList<>();
			int freshNodes = 0;
			for (var periods : batch) {
				boolean isStored = stored.contains(periods.get(0).code());
				List<Map<String, Object>> periodRows = new ArrayList<>(periods.size());
				for (var a : periods) {
					Map<String, Object> period = row("validFrom", a.period().from(), "validTo", a.period().to(), "name",
							a.name(), "nameEn", a.nameEn(), "sector", a.sector().name(), "kind", a.kind().name(),
							"status", a.status().name(), "staffQuota", a.staffQuota());
					if (isStored) {
						period.put("adminUnitCode", a.adminUnitCode());
					}
					else {
						period.put("unit", units.of(a.adminUnitCode()));
					}
					periodRows.add(period);
				}
				Map<String, Object> agency = row("code", periods.get(0).code(), "periods", periodRows);
				if (isStored) {
					known.add(agency);
				}
				else {
					fresh.add(agency);
					freshNodes += 1 + periods.size();
				}
			}
			if (!fresh.isEmpty()) {
				var counters = this.statements.run(create, Map.of("units", units.codes, "rows", fresh),
						result -> result.consume().counters());
				if (counters.nodesCreated() != freshNodes) {
					throw new IllegalStateException(
							"The store changed during the import: an admin unit of the data set is gone.");
				}
				count(counters);
			}
			execute(merge, known);
			this.progress.written(DataSetFile.AGENCIES, Math.min(rows.size(), from + BATCH_SIZE), rows.size());
		}
	}

	/**
	 * Rows grouped by code, in first-seen order: one group per unit or agency, one row
	 * per period.
	 */
	private static <T> List<List<T>> byCode(List<T> rows, Function<T, String> code) {
		Map<String, List<T>> groups = new LinkedHashMap<>();
		rows.forEach(r -> groups.computeIfAbsent(code.apply(r), c -> new ArrayList<>()).add(r));
		return new ArrayList<>(groups.values());
	}

	/**
	 * Responsibilities are most of a data set: new ones are created without MERGE's
	 * look-ups, only those already in the store are merged. In an initial load (an empty
	 * store, every batch its own transaction) they are all new, and
	 * {@link #PARALLEL_BATCHES} batches are written at once.
	 */
	private void writeResponsibilities(List<Map<String, Object>> rows) {
		String create = CypherFile.load("dataset/create-responsibilities");
		String merge = CypherFile.load("dataset/merge-responsibilities");
		String existing = CypherFile.load("dataset/existing-responsibilities");
		if (this.initialLoad) {
			writeInParallel(rows, batch -> createFresh(create, batch));
			return;
		}
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
			List<Object> codes = batch.stream().map(r -> r.get("code")).toList();
			Set<Object> stored = new HashSet<>(this.statements.run(existing, Map.of("codes", codes),
					result -> result.single().get("existing").asList()));
			createFresh(create, batch.stream().filter(r -> !stored.contains(r.get("code"))).toList());
			execute(merge, batch.stream().filter(r -> stored.contains(r.get("code"))).toList());
			this.progress.written(DataSetFile.RESPONSIBILITIES, Math.min(rows.size(), from + BATCH_SIZE), rows.size());
		}
	}

	private void writeInParallel(List<Map<String, Object>> rows, Consumer<List<Map<String, Object>>> writeBatch) {
		ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_BATCHES);
		try {
			List<Future<?>> pending = new ArrayList<>();
			for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
				List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
				pending.add(pool.submit(() -> writeBatch.accept(batch)));
			}
			long done = 0;
			for (int i = 0; i < pending.size(); i++) {
				pending.get(i).get();
				done = Math.min(rows.size(), done + BATCH_SIZE);
				this.progress.written(DataSetFile.RESPONSIBILITIES, done, rows.size());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Import interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Sends new responsibilities in the compact, positional form create-responsibilities
	 * expects.
	 */
	private void createFresh(String cypher, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		var agencies = new Positions();
		var functions = new Positions();
		var mandates = new Positions();
		List<List<Object>> compact = new ArrayList<>(rows.size());
		for (Map<String, Object> row : rows) {
			@SuppressWarnings("unchecked")
			var grants = (List<Map<String, Object>>) row.get("grants");
			List<List<Object>> positional = new ArrayList<>(grants.size());
			for (Map<String, Object> grant : grants) {
				positional.add(java.util.Arrays.asList(mandates.of(grant.get("mandateCode")), grant.get("article")));
			}
			compact.add(List.of(agencies.of(row.get("agencyCode")), functions.of(row.get("functionCode")),
					row.get("code"), row.get("role"), positional, row.get("validFrom"), row.get("validTo")));
		}
		var counters = this.statements.run(cypher, Map.of("agencies", agencies.codes, "functions", functions.codes,
				"mandates", mandates.codes, "rows", compact), result -> result.consume().counters());
		if (counters.nodesCreated() != rows.size()) {
			throw new IllegalStateException("The store changed during the import: an agency, function or mandate "
					+ "of the data set is gone. Nothing of this batch was written.");
		}
		count(counters);
	}

	/** Distinct codes in first-seen order, each with its position. */
	private static final class Positions {

		final List<Object> codes = new ArrayList<>();

		final Map<Object, Integer> index = new HashMap<>();

		int of(Object code) {
			return this.index.computeIfAbsent(code, c -> {
				this.codes.add(c);
				return this.codes.size() - 1;
			});
		}

	}

	long nodesCreated() {
		return this.nodesCreated;
	}

	long relationshipsCreated() {
		return this.relationshipsCreated;
	}

	long relationshipsDeleted() {
		return this.relationshipsDeleted;
	}

	/**
	 * One row per responsibility (and period), carrying the mandates of all its CSV rows.
	 */
	private static List<Map<String, Object>> groupedResponsibilities(DataSet set) {
		Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();
		for (var r : set.responsibilities()) {
			String code = r.responsibilityCode();
			@SuppressWarnings("unchecked")
			var grants = (List<Map<String, Object>>) byCode
				.computeIfAbsent(code,
						c -> row("code", c, "agencyCode", r.agencyCode(), "functionCode", r.functionCode(), "role",
								r.role().name(), "validFrom", r.period().from(), "validTo", r.period().to(), "grants",
								new ArrayList<Map<String, Object>>()))
				.get("grants");
			if (r.mandateCode() != null) {
				grants.add(row("mandateCode", r.mandateCode(), "article", r.article()));
			}
		}
		return new ArrayList<>(byCode.values());
	}

	/**
	 * Runs a statement over rows in batches; {@code file} is the file to report progress
	 * for, if any.
	 */
	private <T> void run(@Nullable DataSetFile file, String statement, List<T> rows,
			Function<T, Map<String, Object>> toParameters) {
		String cypher = CypherFile.load(statement);
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE))
				.stream()
				.map(toParameters)
				.toList();
			execute(cypher, batch);
			if (file != null) {
				this.progress.written(file, Math.min(rows.size(), from + BATCH_SIZE), rows.size());
			}
		}
	}

	private void execute(String cypher, List<Map<String, Object>> batch) {
		if (batch.isEmpty()) {
			return;
		}
		count(this.statements.run(cypher, Map.of("rows", batch), result -> result.consume().counters()));
	}

	private synchronized void count(SummaryCounters counters) {
		this.nodesCreated += counters.nodesCreated();
		this.relationshipsCreated += counters.relationshipsCreated();
		this.relationshipsDeleted += counters.relationshipsDeleted();
	}

	/**
	 * A parameter map that, unlike {@code Map.of}, keeps null values (they remove a
	 * property).
	 */
	private static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> map = new HashMap<>(keysAndValues.length);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}

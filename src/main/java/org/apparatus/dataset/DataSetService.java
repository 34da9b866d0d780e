package org.apparatus.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apparatus.audit.Attribution;
import org.apparatus.audit.AuditEntry;
import org.apparatus.audit.AuditKind;
import org.apparatus.audit.AuditLog;
import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.Period;
import org.apparatus.system.CypherFile;
import org.apparatus.system.KnowledgeBaseChanged;
import org.apparatus.system.KnowledgeBaseRevision;
import org.apparatus.system.SchemaMigrations;
import org.springframework.context.ApplicationEventPublisher;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Imports and exports data sets (the CSV folders of {@code docs/data-format.md}). An
 * import is validated completely against the set and the store before anything is
 * written; a data set with a problem changes nothing.
 *
 * <p>
 * An import into a store that already holds a knowledge base is one transaction. The
 * initial load of an empty store, which may be national-scale (more than a transaction's
 * memory allows), commits batch by batch under a journal ({@link InitialLoadJournal})
 * instead: no one reads the partial graph, and if the load fails, or its process dies,
 * the store is wiped back to the empty state it started from (at once, or within
 * {@link InitialLoadJournal#ABANDONED_AFTER} of the last heartbeat, by any Apparatus
 * process on the store). Either way an import that does not complete leaves the store as
 * it was.
 */
@Service
@Lazy(false)
public class DataSetService implements InitializingBean, DisposableBean {

	private static final Log logger = LogFactory.getLog(DataSetService.class);

	private final Driver driver;

	private final ApplicationEventPublisher events;

	/**
	 * How long a load into a store of another process waits after writing its journal, so
	 * that every server reading the store has seen it before the first batch: the
	 * interval at which they re-read the revision, and a margin.
	 */
	private final Duration othersSeeTheJournal;

	/** Whether this process opened the embedded store (no other process can write it). */
	private final boolean embedded;

	private final ScheduledExecutorService abandonedLoads = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "abandoned-initial-loads");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * Takes {@link SchemaMigrations} so that the journal of an interrupted load is read
	 * once the schema is in place.
	 */
	DataSetService(Driver driver, SchemaMigrations schema, ApplicationEventPublisher events,
			@org.springframework.beans.factory.annotation.Value("${spring.neo4j.uri:embedded}") String uri,
			@org.springframework.beans.factory.annotation.Value("${apparatus.revision-check:1s}") Duration revisionCheck) {
		this.driver = driver;
		this.events = events;
		this.embedded = "embedded".equals(uri);
		this.othersSeeTheJournal = this.embedded ? Duration.ZERO : revisionCheck.plusMillis(500);
	}

	/**
	 * Rolls back an initial load that a crash or kill interrupted, now and whenever one
	 * is abandoned while this process runs. A process that has just opened the embedded
	 * store rolls back any load it finds there at once: its loader held the store's lock,
	 * so it has ended.
	 */
	@Override
	public void afterPropertiesSet() {
		if (this.embedded) {
			if (InitialLoadJournal.rollBackAny(this.driver)) {
				this.events.publishEvent(new KnowledgeBaseChanged("roll-back of an interrupted initial load"));
			}
		}
		else {
			rollBackAbandonedLoad();
		}
		long every = InitialLoadJournal.HEARTBEAT.toMillis();
		this.abandonedLoads.scheduleWithFixedDelay(this::rollBackAbandonedLoad, every, every, TimeUnit.MILLISECONDS);
	}

	void rollBackAbandonedLoad() {
		try {
			if (InitialLoadJournal.rollBackAbandoned(this.driver)) {
				this.events.publishEvent(new KnowledgeBaseChanged("roll-back of an abandoned initial load"));
			}
		}
		catch (RuntimeException ex) {
			// The store may be closing, or briefly unreachable: the next look tries
			// again.
			logger.debug("Abandoned initial loads not looked for: " + ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.abandonedLoads.shutdownNow();
	}

	/**
	 * The problems of a data set checked against the current store; empty when it can be
	 * imported.
	 */
	public List<DataSetProblem> check(DataSetSource source) {
		return validate(source).problems();
	}

	/**
	 * Validates and imports a data set, with the audit record of the import in the
	 * transaction that completes it ({@code by}: who imports it and why).
	 */
	public ImportResult importFrom(DataSetSource source, ImportProgress progress, Attribution by) {
		long started = System.nanoTime();
		DataSetValidator.Result validated = validate(source);
		if (!validated.problems().isEmpty()) {
			throw new InvalidDataSetException(source.describe(), validated.problems());
		}
		DataSet set = validated.dataSet();
		Map<DataSetFile, Integer> rows = new EnumMap<>(DataSetFile.class);
		rows.put(DataSetFile.ADMIN_UNITS, set.adminUnits().size());
		rows.put(DataSetFile.FUNCTIONS, set.functions().size());
		rows.put(DataSetFile.MANDATES, set.mandates().size());
		rows.put(DataSetFile.AGENCIES, set.agencies().size());
		rows.put(DataSetFile.REPORTING_LINES, set.reportingLines().size());
		rows.put(DataSetFile.RESPONSIBILITIES, set.responsibilities().size());
		rows.put(DataSetFile.FUNCTION_LEVELS, set.functionLevels().size());
		rows.put(DataSetFile.CHANGES, set.changes().size());
		try (Session session = this.driver.session()) {
			refuseWhileLoading("imported into");
			Audit audit = new Audit(by, source, set, rows);
			DataSetWriter writer = isEmpty() ? initialLoad(session, set, source, progress, audit)
					: transactionalUpdate(session, set, source, progress, audit);
			forgetQueryPlans(session);
			this.events.publishEvent(new KnowledgeBaseChanged("import of " + source.describe()));
			return new ImportResult(rows, set.distinctResponsibilities(), writer.nodesCreated(),
					writer.relationshipsCreated(), writer.relationshipsDeleted(),
					Duration.ofNanos(System.nanoTime() - started));
		}
	}

	private static DataSetWriter transactionalUpdate(Session session, DataSet set, DataSetSource source,
			ImportProgress progress, Audit audit) {
		try (var tx = session.beginTransaction()) {
			var writer = new DataSetWriter(new DataSetWriter.Statements() {
				@Override
				public <T> T run(String cypher, Map<String, Object> parameters, Function<Result, T> reader) {
					return reader.apply(tx.run(cypher, parameters));
				}
			}, progress, false);
			writer.write(set);
			KnowledgeBaseRevision.bump(tx);
			tx.run(CypherFile.load("dataset/record-import"), Map.of("source", source.describe())).consume();
			audit.record(tx, writer, false);
			tx.commit();
			return writer;
		}
	}

	private DataSetWriter initialLoad(Session session, DataSet set, DataSetSource source, ImportProgress progress,
			Audit audit) {
		try (InitialLoadJournal journal = InitialLoadJournal.begin(this.driver, source.describe())) {
			this.events.publishEvent(new KnowledgeBaseChanged("initial load of " + source.describe() + " begins"));
			var writer = new DataSetWriter(new DataSetWriter.Statements() {
				@Override
				public <T> T run(String cypher, Map<String, Object> parameters, Function<Result, T> reader) {
					try (Session batchSession = DataSetService.this.driver.session()) {
						return batchSession.executeWrite(tx -> {
							journal.checkAlive(tx);
							return reader.apply(tx.run(cypher, parameters));
						});
					}
				}
			}, progress, true);
			try {
				Thread.sleep(this.othersSeeTheJournal.toMillis());
				writer.write(set);
				session.executeWriteWithoutResult(tx -> {
					journal.complete(tx);
					tx.run(CypherFile.load("dataset/record-import"), Map.of("source", source.describe())).consume();
					audit.record(tx, writer, true);
				});
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				journal.rollBack();
				throw new IllegalStateException("Import interrupted", ex);
			}
			catch (RuntimeException ex) {
				journal.rollBack();
				throw ex;
			}
			return writer;
		}
	}

	/**
	 * The audit record of an import: who and why, the source, the rows per file and the
	 * graph changes, and the code of every admin unit, function, mandate and agency the
	 * set writes (agencies also for their responsibilities and reporting lines, functions
	 * for their level rules), and the code of every change event.
	 */
	private record Audit(Attribution by, DataSetSource source, DataSet set, Map<DataSetFile, Integer> rows) {

		void record(SimpleQueryRunner transaction, DataSetWriter writer, boolean initialLoad) {
			Set<String> codes = new LinkedHashSet<>();
			this.set.adminUnits().forEach(row -> codes.add(row.code()));
			this.set.functions().forEach(row -> codes.add(row.code()));
			this.set.mandates().forEach(row -> codes.add(row.code()));
			this.set.agencies().forEach(row -> codes.add(row.code()));
			this.set.reportingLines().forEach(row -> codes.add(row.agencyCode()));
			this.set.responsibilities().forEach(row -> codes.add(row.agencyCode()));
			this.set.functionLevels().forEach(row -> codes.add(row.functionCode()));
			this.set.changes().forEach(row -> codes.add(row.code()));
			Map<String, Long> counts = new LinkedHashMap<>();
			this.rows.forEach((file, count) -> counts.put(file.fileName(), count.longValue()));
			counts.put("responsibilities", this.set.distinctResponsibilities());
			counts.put("nodes created", writer.nodesCreated());
			counts.put("relationships created", writer.relationshipsCreated());
			counts.put("relationships removed", writer.relationshipsDeleted());
			AuditLog.record(transaction, this.by,
					new AuditEntry(AuditKind.IMPORT,
							(initialLoad ? "initial load of " : "import of ") + this.source.describe(),
							List.copyOf(codes), counts));
		}

	}

	private static void forgetQueryPlans(Session session) {
		try {
			session.run(CypherFile.load("dataset/clear-query-caches")).consume();
		}
		catch (org.neo4j.driver.exceptions.ClientException ex) {
			// An external server may not let this user clear its caches; its planner
			// replans in time.
			logger.debug("Query plans kept: " + ex.getMessage());
		}
	}

	/** The statement that reads one file of the data set back from the store. */
	private static String exportStatement(DataSetFile file) {
		return switch (file) {
			case ADMIN_UNITS -> "dataset/export-admin-units";
			case FUNCTIONS -> "dataset/export-functions";
			case MANDATES -> "dataset/export-mandates";
			case AGENCIES -> "dataset/export-agencies";
			case REPORTING_LINES -> "dataset/export-reporting-lines";
			case RESPONSIBILITIES -> "dataset/export-responsibilities";
			case FUNCTION_LEVELS -> "dataset/export-function-levels";
			case CHANGES -> "dataset/export-changes";
		};
	}

	/**
	 * Refuses the work while an initial load runs: the store holds only part of it.
	 */
	private void refuseWhileLoading(String what) {
		String running = InitialLoadJournal.running(this.driver);
		if (running != null) {
			throw new IllegalStateException("a data set is being loaded into this store: " + running + "; it can be "
					+ what + " when the load has completed");
		}
	}

	/**
	 * Writes the whole store as a data set; the same store always gives the same bytes.
	 */
	public Map<DataSetFile, Long> exportTo(Path folder) {
		refuseWhileLoading("exported");
		Map<DataSetFile, Long> written = new EnumMap<>(DataSetFile.class);
		try (Session session = this.driver.session()) {
			for (DataSetFile file : DataSetFile.values()) {
				String statement = exportStatement(file);
				try (var out = CsvTableWriter.open(folder, file, file.columns(), true)) {
					session.executeRead(tx -> {
						tx.run(CypherFile.load(statement))
							.stream()
							.forEach(record -> out.row(cells(file.columns(), record)));
						return null;
					});
					written.put(file, out.rows());
				}
			}
		}
		return written;
	}

	/**
	 * Writes the knowledge base as it was on one day, as a data set of the first format
	 * (domain.md §8.1, {@code export --as-of}): each unit and agency that exists on the
	 * day once, with its attributes of that day; the reporting lines, responsibilities
	 * and function-level rules that hold on it; no period columns. Functions and mandates
	 * are written whole, as {@link #exportTo(Path)} writes them: mandates carry their own
	 * dates, so the rules decide which are in force, as on the full record. Imported into
	 * an empty store, the set gives the same findings as of that day as the full record.
	 * Refused, before anything is written, when the record of that day names a unit that
	 * does not exist on it.
	 */
	public Map<DataSetFile, Long> exportTo(Path folder, LocalDate day) {
		refuseWhileLoading("exported");
		try (Session session = this.driver.session()) {
			List<String> dangling = session
				.executeRead(tx -> tx.run(CypherFile.load("dataset/export-day-dangling"), Map.of("day", day))
					.list(r -> r.get("problem").asString()));
			if (!dangling.isEmpty()) {
				throw new IllegalStateException("The record of " + day + " does not stand as a data set of that day: "
						+ String.join("; ", dangling));
			}
			Map<DataSetFile, Long> written = new EnumMap<>(DataSetFile.class);
			for (var entry : DAY_EXPORT.entrySet()) {
				DataSetFile file = entry.getKey();
				String statement = entry.getValue();
				List<String> columns = file.dayColumns();
				try (var out = CsvTableWriter.open(folder, file, columns, true)) {
					session.executeRead(tx -> {
						tx.run(CypherFile.load(statement), Map.of("day", day))
							.stream()
							.forEach(record -> out.row(cells(columns, record)));
						return null;
					});
					written.put(file, out.rows());
				}
			}
			return written;
		}
	}

	/**
	 * Writes the whole store (or, with a day, the state of that day) as a data set in one
	 * file of the given form: export into a temporary folder, then that folder as a ZIP
	 * or a workbook. The command line's {@code export} to a {@code .zip} or {@code .xlsx}
	 * and the workbench's download both come here.
	 */
	public Map<DataSetFile, Long> exportTo(OutputStream out, DataSetArchive form, @Nullable LocalDate day) {
		Path folder;
		try {
			folder = Files.createTempDirectory("apparatus-export");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			Map<DataSetFile, Long> written = day == null ? exportTo(folder) : exportTo(folder, day);
			form.write(folder, out);
			return written;
		}
		finally {
			try (var files = Files.walk(folder)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
			catch (IOException ex) {
				logger.warn("Cannot delete " + folder + ": " + ex.getMessage());
			}
		}
	}

	/**
	 * The files of a data set of one day and the statements that read them: the files of
	 * the first format (no change events).
	 */
	private static final Map<DataSetFile, String> DAY_EXPORT = dayExport();

	private static Map<DataSetFile, String> dayExport() {
		Map<DataSetFile, String> statements = new EnumMap<>(DataSetFile.class);
		statements.put(DataSetFile.ADMIN_UNITS, "dataset/export-day-admin-units");
		statements.put(DataSetFile.FUNCTIONS, "dataset/export-functions");
		statements.put(DataSetFile.MANDATES, "dataset/export-mandates");
		statements.put(DataSetFile.AGENCIES, "dataset/export-day-agencies");
		statements.put(DataSetFile.REPORTING_LINES, "dataset/export-day-reporting-lines");
		statements.put(DataSetFile.RESPONSIBILITIES, "dataset/export-day-responsibilities");
		statements.put(DataSetFile.FUNCTION_LEVELS, "dataset/export-day-function-levels");
		return statements;
	}

	/** True when the store holds no admin units, agencies or functions (a new store). */
	public boolean isEmpty() {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx
				.run("MATCH (n) WHERE n:AdminUnit OR n:Agency OR n:Function " + "RETURN count(n) = 0 AS empty")
				.single()
				.get("empty")
				.asBoolean());
		}
	}

	private DataSetValidator.Result validate(DataSetSource source) {
		var tables = CsvTableReader.read(source);
		if (tables.filesFound() == 0 && tables.problems().isEmpty()) {
			var problem = new DataSetProblem(source.describe(), 0, null,
					"no data-set files found (expected some of admin-units.csv, agencies.csv, functions.csv, …)");
			return new DataSetValidator.Result(DataSetValidator.validate(tables, StoreSnapshot.EMPTY).dataSet(),
					List.of(problem));
		}
		return DataSetValidator.validate(tables, snapshot(tables));
	}

	private StoreSnapshot snapshot(CsvTableReader.Tables tables) {
		List<String> transferred = transferredFunctions(tables);
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> {
				Map<String, AdminLevel> unitLevels = new HashMap<>();
				Map<String, String> unitParents = new HashMap<>();
				Map<String, List<Period>> unitPeriods = new HashMap<>();
				tx.run(CypherFile.load("dataset/snapshot-admin-units")).forEachRemaining(r -> {
					unitLevels.put(r.get("code").asString(), AdminLevel.valueOf(r.get("level").asString()));
					putOrRemoveParent(unitParents, r);
					unitPeriods.computeIfAbsent(r.get("code").asString(), c -> new ArrayList<>()).add(period(r));
				});
				Set<String> functions = new HashSet<>();
				Map<String, String> functionParents = new HashMap<>();
				tx.run(CypherFile.load("dataset/snapshot-functions")).forEachRemaining(r -> {
					functions.add(r.get("code").asString());
					putOrRemoveParent(functionParents, r);
				});
				Map<String, List<StoreSnapshot.AgencyState>> agencies = new HashMap<>();
				Set<String> mandates = new HashSet<>();
				Map<String, String> successors = new HashMap<>();
				tx.run(CypherFile.load("dataset/snapshot-codes")).forEachRemaining(r -> {
					String code = r.get("code").asString();
					if (r.get("label").asString().equals("Agency")) {
						agencies.computeIfAbsent(code, c -> new ArrayList<>())
							.add(new StoreSnapshot.AgencyState(period(r), r.get("status").asString(""),
									r.get("name").asString("")));
					}
					else {
						mandates.add(code);
					}
					if (!r.get("successor").isNull()) {
						successors.put(code, r.get("successor").asString());
					}
				});
				List<StoreSnapshot.Holding> holdings = new ArrayList<>();
				if (!transferred.isEmpty()) {
					tx.run(CypherFile.load("dataset/snapshot-holdings"), Map.of("functions", transferred))
						.forEachRemaining(r -> holdings.add(new StoreSnapshot.Holding(r.get("agency").asString(),
								r.get("function").asString(), period(r))));
				}
				return new StoreSnapshot(unitLevels, unitParents, unitPeriods, functions, functionParents, agencies,
						mandates, successors, holdings);
			});
		}
	}

	/** The function codes named by the rows of changes.csv, as they are written. */
	private static List<String> transferredFunctions(CsvTableReader.Tables tables) {
		Set<String> codes = new java.util.TreeSet<>();
		for (CsvRow row : tables.of(DataSetFile.CHANGES)) {
			String cell = row.get("function_codes");
			if (cell != null) {
				for (String code : cell.split(";")) {
					if (!code.isBlank()) {
						codes.add(code.strip());
					}
				}
			}
		}
		return List.copyOf(codes);
	}

	/** Keeps the parent of a code's last row (its latest period). */
	private static void putOrRemoveParent(Map<String, String> parents, Record record) {
		Value parent = record.get("parentCode");
		if (parent.isNull()) {
			parents.remove(record.get("code").asString());
		}
		else {
			parents.put(record.get("code").asString(), parent.asString());
		}
	}

	private static Period period(Record record) {
		return new Period(record.get("validFrom").asLocalDate(), record.get("validTo").asLocalDate());
	}

	/**
	 * A record's cells in the file's column order; an open bound of a period is empty.
	 */
	private static Object[] cells(List<String> columns, Record record) {
		return columns.stream().map(column -> {
			Value value = record.get(column);
			Object cell = value.isNull() ? null : value.asObject();
			return Period.BEGINNING.equals(cell) || Period.END.equals(cell) ? null : cell;
		}).toArray();
	}

}

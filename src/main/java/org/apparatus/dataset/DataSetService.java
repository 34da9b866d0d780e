package org.apparatus.dataset;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apparatus.registry.AdminLevel;
import org.apparatus.system.CypherFile;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Imports and exports data sets (the CSV folders of {@code docs/data-format.md}). An import is
 * validated completely against the set and the store before anything is written, and is then
 * written in one transaction: a data set with a problem, or an import that crashes or is killed,
 * leaves the store as it was.
 */
@Service
public class DataSetService {

	private final Driver driver;

	DataSetService(Driver driver) {
		this.driver = driver;
	}

	/** The problems of a data set checked against the current store; empty when it can be imported. */
	public List<DataSetProblem> check(DataSetSource source) {
		return validate(source).problems();
	}

	public ImportResult importFrom(DataSetSource source, ImportProgress progress) {
		long started = System.nanoTime();
		DataSetValidator.Result validated = validate(source);
		if (!validated.problems().isEmpty()) {
			throw new InvalidDataSetException(source.describe(), validated.problems());
		}
		DataSet set = validated.dataSet();
		try (Session session = this.driver.session(); var tx = session.beginTransaction()) {
			var writer = new DataSetWriter(tx, progress);
			writer.write(set);
			tx.commit();
			Map<DataSetFile, Integer> rows = new EnumMap<>(DataSetFile.class);
			rows.put(DataSetFile.ADMIN_UNITS, set.adminUnits().size());
			rows.put(DataSetFile.FUNCTIONS, set.functions().size());
			rows.put(DataSetFile.MANDATES, set.mandates().size());
			rows.put(DataSetFile.AGENCIES, set.agencies().size());
			rows.put(DataSetFile.REPORTING_LINES, set.reportingLines().size());
			rows.put(DataSetFile.RESPONSIBILITIES, set.responsibilities().size());
			rows.put(DataSetFile.FUNCTION_LEVELS, set.functionLevels().size());
			return new ImportResult(rows, set.distinctResponsibilities(), writer.nodesCreated(),
					writer.relationshipsCreated(), writer.relationshipsDeleted(),
					Duration.ofNanos(System.nanoTime() - started));
		}
	}

	/** Writes the whole store as a data set; the same store always gives the same bytes. */
	public Map<DataSetFile, Long> exportTo(Path folder) {
		Map<DataSetFile, Long> written = new EnumMap<>(DataSetFile.class);
		try (Session session = this.driver.session()) {
			for (DataSetFile file : DataSetFile.values()) {
				String statement = "dataset/export-" + file.fileName().replace(".csv", "");
				try (var out = CsvTableWriter.open(folder, file)) {
					session.executeRead(tx -> {
						tx.run(CypherFile.load(statement)).stream().forEach(record -> out.row(cells(file, record)));
						return null;
					});
					written.put(file, out.rows());
				}
			}
		}
		return written;
	}

	/** True when the store holds no admin units, agencies or functions (a new store). */
	public boolean isEmpty() {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx.run("MATCH (n) WHERE n:AdminUnit OR n:Agency OR n:Function "
					+ "RETURN count(n) = 0 AS empty").single().get("empty").asBoolean());
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
		return DataSetValidator.validate(tables, snapshot());
	}

	private StoreSnapshot snapshot() {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> {
				Map<String, AdminLevel> unitLevels = new HashMap<>();
				Map<String, String> unitParents = new HashMap<>();
				tx.run(CypherFile.load("dataset/snapshot-admin-units")).forEachRemaining(r -> {
					unitLevels.put(r.get("code").asString(), AdminLevel.valueOf(r.get("level").asString()));
					putParent(unitParents, r);
				});
				Set<String> functions = new HashSet<>();
				Map<String, String> functionParents = new HashMap<>();
				tx.run(CypherFile.load("dataset/snapshot-functions")).forEachRemaining(r -> {
					functions.add(r.get("code").asString());
					putParent(functionParents, r);
				});
				Set<String> agencies = new HashSet<>();
				Set<String> mandates = new HashSet<>();
				tx.run(CypherFile.load("dataset/snapshot-codes")).forEachRemaining(r -> {
					(r.get("label").asString().equals("Agency") ? agencies : mandates).add(r.get("code").asString());
				});
				return new StoreSnapshot(unitLevels, unitParents, functions, functionParents, agencies, mandates);
			});
		}
	}

	private static void putParent(Map<String, String> parents, Record record) {
		Value parent = record.get("parentCode");
		if (!parent.isNull()) {
			parents.put(record.get("code").asString(), parent.asString());
		}
	}

	private static Object[] cells(DataSetFile file, Record record) {
		return file.columns().stream().map(column -> {
			Value value = record.get(column);
			return value.isNull() ? null : value.asObject();
		}).toArray();
	}

}

package org.apparatus.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apparatus.registry.Responsibility;
import org.apparatus.system.CypherFile;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes a validated data set inside one transaction, in batches of {@code UNWIND $rows}: nodes
 * first, then the relationships between them. Nothing is visible to others, or survives a crash,
 * until the caller commits.
 */
final class DataSetWriter {

	static final int BATCH_SIZE = 20_000;

	private final Transaction tx;

	private final ImportProgress progress;

	private long nodesCreated;

	private long relationshipsCreated;

	private long relationshipsDeleted;

	DataSetWriter(Transaction tx, ImportProgress progress) {
		this.tx = tx;
		this.progress = progress;
	}

	void write(DataSet set) {
		run(DataSetFile.ADMIN_UNITS, "merge-admin-units", set.adminUnits(), u -> row("code", u.code(), "name",
				u.name(), "nameEn", u.nameEn(), "level", u.level().name()));
		run(null, "link-admin-unit-parents", set.adminUnits(), u -> row("code", u.code(), "parentCode", u.parentCode()));
		run(DataSetFile.FUNCTIONS, "merge-functions", set.functions(),
				f -> row("code", f.code(), "name", f.name(), "nameEn", f.nameEn(), "cofog", f.cofog()));
		run(null, "link-function-parents", set.functions(), f -> row("code", f.code(), "parentCode", f.parentCode()));
		run(DataSetFile.MANDATES, "merge-mandates", set.mandates(),
				m -> row("code", m.code(), "kind", m.kind().name(), "number", m.number(), "title", m.title(), "issuer",
						m.issuer(), "issuedOn", m.issuedOn(), "effectiveFrom", m.effectiveFrom(), "repealedOn",
						m.repealedOn()));
		run(DataSetFile.AGENCIES, "merge-agencies", set.agencies(),
				a -> row("code", a.code(), "name", a.name(), "nameEn", a.nameEn(), "sector", a.sector().name(), "kind",
						a.kind().name(), "status", a.status().name(), "staffQuota", a.staffQuota(), "adminUnitCode",
						a.adminUnitCode()));
		run(DataSetFile.REPORTING_LINES, "merge-reporting-lines", set.reportingLines(), l -> row("agencyCode",
				l.agencyCode(), "superiorCode", l.superiorCode(), "line", l.line().name()));
		writeResponsibilities(groupedResponsibilities(set));
		run(DataSetFile.FUNCTION_LEVELS, "merge-function-levels", set.functionLevels(), l -> row("functionCode",
				l.functionCode(), "level", l.level().name(), "mandateCode", l.mandateCode()));
	}

	/**
	 * Responsibilities are most of a data set: new ones are created without MERGE's look-ups, only
	 * those already in the store are merged.
	 */
	private void writeResponsibilities(List<Map<String, Object>> rows) {
		String create = CypherFile.load("dataset/create-responsibilities");
		String merge = CypherFile.load("dataset/merge-responsibilities");
		String existing = CypherFile.load("dataset/existing-responsibilities");
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
			List<Object> codes = batch.stream().map(r -> r.get("code")).toList();
			Set<Object> stored = new HashSet<>(
					this.tx.run(existing, Map.of("codes", codes)).single().get("existing").asList());
			List<Map<String, Object>> fresh = batch.stream().filter(r -> !stored.contains(r.get("code"))).toList();
			List<Map<String, Object>> known = batch.stream().filter(r -> stored.contains(r.get("code"))).toList();
			execute(create, fresh);
			execute(merge, known);
			this.progress.written(DataSetFile.RESPONSIBILITIES, Math.min(rows.size(), from + BATCH_SIZE), rows.size());
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

	/** One row per responsibility, carrying the mandates of all its CSV rows. */
	private static List<Map<String, Object>> groupedResponsibilities(DataSet set) {
		Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();
		for (var r : set.responsibilities()) {
			String code = Responsibility.codeOf(r.agencyCode(), r.functionCode(), r.role());
			@SuppressWarnings("unchecked")
			var grants = (List<Map<String, Object>>) byCode
				.computeIfAbsent(code,
						c -> row("code", c, "agencyCode", r.agencyCode(), "functionCode", r.functionCode(), "role",
								r.role().name(), "grants", new ArrayList<Map<String, Object>>()))
				.get("grants");
			if (r.mandateCode() != null) {
				grants.add(row("mandateCode", r.mandateCode(), "article", r.article()));
			}
		}
		return new ArrayList<>(byCode.values());
	}

	private <T> void run(DataSetFile file, String statement, List<T> rows,
			java.util.function.Function<T, Map<String, Object>> toParameters) {
		String cypher = CypherFile.load("dataset/" + statement);
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
		SummaryCounters counters = this.tx.run(cypher, Map.of("rows", batch)).consume().counters();
		this.nodesCreated += counters.nodesCreated();
		this.relationshipsCreated += counters.relationshipsCreated();
		this.relationshipsDeleted += counters.relationshipsDeleted();
	}

	/** A parameter map that, unlike {@code Map.of}, keeps null values (they remove a property). */
	private static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> map = new HashMap<>(keysAndValues.length);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}

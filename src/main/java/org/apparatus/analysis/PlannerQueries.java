package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apparatus.analysis.AnalysisViews.Count;
import org.apparatus.analysis.AnalysisViews.Coverage;
import org.apparatus.analysis.AnalysisViews.CoverageEntry;
import org.apparatus.analysis.AnalysisViews.Stats;
import org.apparatus.analysis.AnalysisViews.UnitPosition;
import org.apparatus.api.InvalidArgumentException;
import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.AdminUnit;
import org.apparatus.registry.Agency;
import org.apparatus.registry.GovernmentFunction;
import org.apparatus.registry.Mandate;
import org.apparatus.registry.RegistryLookup;
import org.apparatus.registry.Role;
import org.apparatus.system.CypherFile;
import org.apparatus.system.KnowledgeBaseRevision;
import org.apparatus.system.RevisionCache;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Planners' questions besides the findings: who covers a function around a unit, and
 * overall figures.
 */
@Service
public class PlannerQueries {

	private final Neo4jClient client;

	private final RegistryLookup registry;

	/** Days whose knowledge-base figures are kept (a dashboard asks for a few). */
	private static final int FIGURES_KEPT = 64;

	/** Coverages kept (a task around a unit on a day). */
	private static final int COVERAGES_KEPT = 1_024;

	private final AnalysisService analysis;

	/**
	 * The knowledge base's figures of a day: counting them reads every responsibility of
	 * the store, and they change only with the knowledge base.
	 */
	private final RevisionCache<LocalDate, Map<String, Object>> figures;

	/**
	 * Coverages asked for, kept like the figures: each walks a unit tree and a task's
	 * holders.
	 */
	private final RevisionCache<CoverageKey, Coverage> coverages;

	PlannerQueries(Neo4jClient client, RegistryLookup registry, AnalysisService analysis,
			KnowledgeBaseRevision revision) {
		this.client = client;
		this.registry = registry;
		this.analysis = analysis;
		this.figures = new RevisionCache<>(revision, FIGURES_KEPT);
		this.coverages = new RevisionCache<>(revision, COVERAGES_KEPT);
	}

	/**
	 * Every responsibility for a function or its ancestors in a unit, above it and below
	 * it.
	 */
	public Coverage coverage(String functionCode, String unitCode, @Nullable LocalDate asOf) {
		LocalDate date = asOf == null ? this.analysis.defaultParameters().asOf() : asOf;
		return this.coverages.get(new CoverageKey(functionCode, unitCode, date),
				key -> read(functionCode, unitCode, date));
	}

	private Coverage read(String functionCode, String unitCode, LocalDate date) {
		GovernmentFunction function = this.registry.functions(List.of(functionCode), date).get(functionCode);
		if (function == null) {
			throw InvalidArgumentException.unknown("function", "function", functionCode);
		}
		AdminUnit unit = this.registry.units(List.of(unitCode), date).get(unitCode);
		if (unit == null) {
			throw InvalidArgumentException.unknown("unit", "admin unit", unitCode);
		}
		if (!unit.exists()) {
			throw new InvalidArgumentException("unit", InvalidArgumentException.Problem.UNKNOWN_CODE,
					"admin unit " + unitCode + " does not exist on " + date + " (it exists " + unit.period() + ")");
		}
		var rows = this.client.query(CypherFile.load("analysis/coverage"))
			.bindAll(Map.of("function", functionCode, "unit", unitCode, "asOf", date))
			.fetch()
			.all();
		Set<String> units = new HashSet<>();
		Set<String> agencies = new HashSet<>();
		Set<String> functions = new HashSet<>();
		Set<String> mandates = new HashSet<>();
		for (var row : rows) {
			units.add((String) row.get("unit"));
			agencies.add((String) row.get("agency"));
			functions.add((String) row.get("function"));
			mandates.addAll(codes(row.get("mandates")));
		}
		Map<String, AdminUnit> unitsByCode = this.registry.units(units, date);
		Map<String, Agency> agenciesByCode = this.registry.agencies(agencies, date);
		Map<String, GovernmentFunction> functionsByCode = this.registry.functions(functions, date);
		Map<String, Mandate> mandatesByCode = this.registry.mandates(mandates);
		List<CoverageEntry> entries = new ArrayList<>();
		for (var row : rows) {
			entries.add(new CoverageEntry(unitsByCode.get((String) row.get("unit")),
					UnitPosition.valueOf((String) row.get("position")), agenciesByCode.get((String) row.get("agency")),
					Role.valueOf((String) row.get("role")), functionsByCode.get((String) row.get("function")),
					codes(row.get("mandates")).stream().map(mandatesByCode::get).toList(),
					Boolean.TRUE.equals(row.get("founded"))));
		}
		Map<String, Object> ruleParameters = new HashMap<>();
		ruleParameters.put("function", functionCode);
		ruleParameters.put("asOf", date);
		ruleParameters.put("level", unit.level().name());
		ruleParameters.put("kind", unit.kind() == null ? null : unit.kind().name());
		List<AdminLevel> required = this.client.query(CypherFile.load("analysis/required-levels"))
			.bindAll(ruleParameters)
			.fetch()
			.all()
			.stream()
			.map(row -> AdminLevel.valueOf((String) row.get("level")))
			.sorted()
			.toList();
		return new Coverage(function, unit, required, entries);
	}

	/**
	 * Figures of the knowledge base and of the analysis of a date (today's by default).
	 */
	public Stats stats(@Nullable LocalDate asOf) {
		Analysis result = this.analysis.analyze(new AnalysisRequest(asOf, List.of(), null));
		Map<String, Object> row = this.figures.get(result.asOf(),
				day -> this.client.query(CypherFile.load("analysis/stats"))
					.bind(day)
					.to("asOf")
					.fetch()
					.one()
					.orElseThrow());
		return new Stats(result.asOf(), number(row.get("agencies")), number(row.get("staffQuota")),
				counts(row.get("bySector")), counts(row.get("byLevel")), counts(row.get("byKind")),
				number(row.get("functions")), number(row.get("mandatesInForce")), number(row.get("responsibilities")),
				counts(result.countByRule()), counts(result.countBySeverity()), counts(result.countByStatus()));
	}

	static List<Count> counts(Map<?, Integer> counts) {
		List<Count> list = new ArrayList<>();
		counts.forEach((key, count) -> list.add(new Count(key.toString(), count)));
		return list;
	}

	private static List<Count> counts(@Nullable Object rows) {
		List<Count> list = new ArrayList<>();
		if (rows instanceof List<?> items) {
			for (Object item : items) {
				if (item instanceof Map<?, ?> map && map.get("key") != null) {
					list.add(new Count(map.get("key").toString(), number(map.get("count"))));
				}
			}
		}
		return list;
	}

	private static int number(@Nullable Object value) {
		return value instanceof Number n ? n.intValue() : 0;
	}

	private static List<String> codes(@Nullable Object value) {
		return value instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of();
	}

	private record CoverageKey(String function, String unit, LocalDate asOf) {
	}

}

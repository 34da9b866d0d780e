package org.apparatus.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apparatus.analysis.Analysis;
import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.analysis.Comparison;
import org.apparatus.analysis.DayComparison;
import org.apparatus.analysis.Finding;
import org.apparatus.analysis.FindingStatus;
import org.apparatus.analysis.PlannerQueries;
import org.apparatus.api.InvalidArgumentException;
import org.apparatus.registry.AdminUnit;
import org.apparatus.registry.NameSheet;
import org.apparatus.registry.Names;
import org.apparatus.registry.RegistryLookup;
import org.apparatus.scenario.Evaluation;
import org.apparatus.scenario.ScenarioService;
import org.apparatus.scenario.UnknownScenarioException;
import org.apparatus.system.CypherFile;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Assembles a {@link Report} from the analysis, a scenario's evaluation and the agency
 * profiles.
 */
@Component
public class ReportBuilder {

	private final AnalysisService analysis;

	private final PlannerQueries planner;

	private final ScenarioService scenarios;

	private final RegistryLookup registry;

	private final Neo4jClient client;

	private final Names names;

	private final DayComparison comparison;

	private final UnitPictures pictures;

	ReportBuilder(AnalysisService analysis, PlannerQueries planner, ScenarioService scenarios, RegistryLookup registry,
			Neo4jClient client, Names names, DayComparison comparison, UnitPictures pictures) {
		this.comparison = comparison;
		this.pictures = pictures;
		this.names = names;
		this.analysis = analysis;
		this.planner = planner;
		this.scenarios = scenarios;
		this.registry = registry;
		this.client = client;
	}

	/**
	 * Refuses, naming the argument, a request for a unit or a scenario that does not
	 * exist.
	 */
	public void check(ReportRequest request) {
		LocalDate day = request.asOf() != null ? request.asOf() : this.analysis.defaultParameters().asOf();
		unit(request, day);
		checkCompare(request, day);
		if (request.scenario() != null) {
			try {
				this.scenarios.require(request.scenario());
			}
			catch (UnknownScenarioException ex) {
				throw new InvalidArgumentException("scenario", InvalidArgumentException.Problem.UNKNOWN_CODE,
						ex.getMessage());
			}
		}
	}

	/**
	 * Refuses a day to compare with that is not before the analysis day: the section
	 * compares an earlier record with the analysis day's.
	 */
	private static void checkCompare(ReportRequest request, LocalDate day) {
		if (request.compare() != null && !request.compare().isBefore(day)) {
			throw new InvalidArgumentException("compare",
					"the day to compare with must be before the analysis day (" + day + "), not " + request.compare());
		}
	}

	private @Nullable AdminUnit unit(ReportRequest request, LocalDate asOf) {
		String code = request.unit() != null ? request.unit() : defaultUnit(asOf);
		AdminUnit unit = code == null ? null : this.registry.units(List.of(code), asOf).get(code);
		if (code != null && unit == null) {
			throw InvalidArgumentException.unknown("unit", "admin unit", code);
		}
		return unit;
	}

	public Report build(ReportRequest request) {
		String language = request.language();
		// With a scenario and no day asked for, the report is of the scenario's own day.
		LocalDate asOf = request.scenario() == null ? request.asOf() : this.scenarios.require(request.scenario())
			.day(request.asOf(), this.analysis.defaultParameters().asOf());
		checkCompare(request, asOf != null ? asOf : this.analysis.defaultParameters().asOf());
		Evaluation evaluation = request.scenario() == null ? null : this.scenarios.evaluate(request.scenario(), asOf);
		Analysis analysis = this.analysis.analyze(new AnalysisRequest(asOf, List.of(), null));
		LocalDate day = analysis.asOf();
		AdminUnit unit = unit(request, day);
		List<Finding> open = analysis.findings().stream().filter(f -> f.status() != FindingStatus.JUSTIFIED).toList();
		List<Finding> justified = analysis.findings()
			.stream()
			.filter(f -> f.status() == FindingStatus.JUSTIFIED)
			.toList();

		Set<String> agencies = new HashSet<>();
		Set<String> functions = new HashSet<>();
		Set<String> units = new HashSet<>();
		Set<String> mandates = new HashSet<>();
		List<Finding> all = new ArrayList<>(analysis.findings());
		if (evaluation != null) {
			all.addAll(evaluation.introduced());
			evaluation.moved().forEach(m -> {
				functions.add(m.function());
				agencies.add(m.from());
				if (m.to() != null) {
					agencies.add(m.to());
				}
			});
		}
		Comparison comparison = request.compare() == null ? null
				: this.comparison.compare(request.compare(), day, null);
		if (comparison != null) {
			all.addAll(comparison.resolved());
			all.addAll(comparison.introduced());
		}
		for (Finding f : all) {
			agencies.addAll(f.agencies());
			functions.addAll(f.functions());
			units.addAll(f.units());
			mandates.addAll(f.mandates());
		}
		boolean english = "en".equals(language);
		NameSheet sheet = this.names.of(agencies, functions, units, mandates, day);
		Map<String, String> names = new HashMap<>();
		agencies.forEach(code -> names.put(code, sheet.name(NameSheet.AGENCY, code, language)));
		functions.forEach(code -> names.put(code, sheet.name(NameSheet.FUNCTION, code, language)));
		units.forEach(code -> names.put(code, sheet.name(NameSheet.UNIT, code, language)));
		Map<String, String> numbers = new HashMap<>();
		mandates.forEach(code -> numbers.put(code, sheet.reference(code)));
		Report.UnitPicture picture = unit == null ? null : this.pictures.of(unit, english, day);
		if (picture != null) {
			picture.agencies().forEach(node -> names.putIfAbsent(node.code(), node.name()));
		}
		return new Report(language, analysis.asOf(), Instant.now(), this.planner.stats(analysis.asOf()), open,
				justified, evaluation, profiles(english, day), names, numbers, picture, provenance(),
				ruleTitles(language), comparison == null ? null : changes(comparison, language));
	}

	/**
	 * The comparison with the figures of both days and the names of what it refers to,
	 * each day's as they were that day.
	 */
	private Report.Changes changes(Comparison c, String language) {
		Set<String> agenciesBefore = new HashSet<>();
		Set<String> agenciesAfter = new HashSet<>();
		Set<String> unitsBefore = new HashSet<>();
		Set<String> unitsAfter = new HashSet<>();
		Set<String> functions = new HashSet<>();
		for (List<Comparison.BodyChange> bodies : List.of(c.established(), c.ended(), c.renamed())) {
			for (Comparison.BodyChange body : bodies) {
				agenciesBefore.add(body.code());
				agenciesAfter.add(body.code());
				if (body.before() != null) {
					unitsBefore.add(body.before().unit());
				}
				if (body.after() != null) {
					unitsAfter.add(body.after().unit());
				}
			}
		}
		for (Comparison.Event event : c.merged()) {
			agenciesBefore.addAll(event.originals());
			agenciesAfter.addAll(event.results());
		}
		for (List<Comparison.UnitChange> changes : List.of(c.unitsEnded(), c.unitsEstablished(), c.reparented())) {
			for (Comparison.UnitChange unit : changes) {
				unitsBefore.add(unit.code());
				unitsAfter.add(unit.code());
				if (unit.parentBefore() != null) {
					unitsBefore.add(unit.parentBefore());
				}
				if (unit.parentAfter() != null) {
					unitsAfter.add(unit.parentAfter());
				}
			}
		}
		for (Comparison.LeadChange lead : c.leads()) {
			functions.add(lead.function());
			unitsBefore.add(lead.unit());
			unitsAfter.add(lead.unit());
			agenciesBefore.addAll(lead.before());
			agenciesAfter.addAll(lead.after());
		}
		return new Report.Changes(c, this.scenarios.figures(c.from()), this.scenarios.figures(c.to()),
				names(agenciesBefore, unitsBefore, functions, c.from(), language),
				names(agenciesAfter, unitsAfter, functions, c.to(), language));
	}

	private Map<String, String> names(Set<String> agencies, Set<String> units, Set<String> functions, LocalDate day,
			String language) {
		NameSheet sheet = this.names.of(agencies, functions, units, List.of(), day);
		Map<String, String> names = new HashMap<>();
		functions.forEach(code -> names.put(code, sheet.name(NameSheet.FUNCTION, code, language)));
		units.forEach(code -> names.put(code, sheet.name(NameSheet.UNIT, code, language)));
		agencies.forEach(code -> names.put(code, sheet.name(NameSheet.AGENCY, code, language)));
		return names;
	}

	private Map<String, String> ruleTitles(String language) {
		Map<String, String> titles = new HashMap<>();
		this.analysis.catalog().rules().forEach(rule -> titles.put(rule.id(), rule.title(language)));
		return titles;
	}

	private Report.Provenance provenance() {
		Map<String, Object> row = this.client.query(CypherFile.load("report/provenance"))
			.fetch()
			.one()
			.orElse(Map.of());
		return new Report.Provenance((String) row.get("dataSet"), instant(row.get("importedAt")),
				instant(row.get("changedAt")));
	}

	private static @Nullable Instant instant(@Nullable Object value) {
		return value instanceof java.time.ZonedDateTime time ? time.toInstant() : null;
	}

	private @Nullable String defaultUnit(LocalDate asOf) {
		return this.client.query(CypherFile.load("report/default-unit"))
			.bind(asOf)
			.to("asOf")
			.fetchAs(String.class)
			.one()
			.orElse(null);
	}

	private List<Report.AgencyProfile> profiles(boolean english, LocalDate asOf) {
		Collection<Map<String, Object>> rows = this.client.query(CypherFile.load("report/agency-profiles"))
			.bind(asOf)
			.to("asOf")
			.fetch()
			.all();
		Set<String> mandates = new HashSet<>();
		rows.forEach(row -> ((List<?>) row.get("responsibilities"))
			.forEach(r -> ((List<?>) ((Map<?, ?>) r).get("mandates")).forEach(m -> mandates.add((String) m))));
		NameSheet sheet = this.names.of(List.of(), List.of(), List.of(), mandates, asOf);
		return rows.stream().map(row -> {
			List<Report.Held> held = new ArrayList<>();
			for (Object item : (List<?>) row.get("responsibilities")) {
				Map<?, ?> r = (Map<?, ?>) item;
				held.add(new Report.Held((String) r.get("function"), text(r, english), (String) r.get("role"),
						((List<?>) r.get("mandates")).stream().map(m -> sheet.reference((String) m)).toList()));
			}
			List<Report.Superior> superiors = new ArrayList<>();
			for (Object item : (List<?>) row.get("superiors")) {
				Map<?, ?> s = (Map<?, ?>) item;
				superiors.add(new Report.Superior((String) s.get("line"), (String) s.get("code"), text(s, english)));
			}
			return new Report.AgencyProfile((String) row.get("code"), text(row, english), (String) row.get("unit"),
					english && row.get("unitNameEn") != null ? (String) row.get("unitNameEn")
							: (String) row.get("unitName"),
					(String) row.get("level"), (String) row.get("kind"), (String) row.get("sector"),
					row.get("staffQuota") == null ? null : ((Number) row.get("staffQuota")).longValue(), held,
					superiors);
		}).toList();
	}

	static String text(Map<?, ?> row, boolean english) {
		Object en = row.get("nameEn");
		return english && en != null ? en.toString() : String.valueOf(row.get("name"));
	}

}

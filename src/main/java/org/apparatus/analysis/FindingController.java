package org.apparatus.analysis;

import java.security.Principal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apparatus.analysis.AnalysisViews.Count;
import org.apparatus.analysis.AnalysisViews.Coverage;
import org.apparatus.analysis.AnalysisViews.FindingConnection;
import org.apparatus.analysis.AnalysisViews.Stats;
import org.apparatus.api.Connections;
import org.apparatus.api.Edge;
import org.apparatus.api.InvalidArgumentException;
import org.apparatus.audit.Attribution;
import org.apparatus.registry.AdminUnit;
import org.apparatus.registry.Agency;
import org.apparatus.registry.GovernmentFunction;
import org.apparatus.registry.Mandate;
import org.apparatus.registry.RegistryLookup;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The planners' GraphQL API over the analysis: findings, merger candidates, gaps,
 * coverage, figures, marks.
 */
@Controller
class FindingController {

	private static final String LIST = "finding";

	private final AnalysisService analysis;

	private final PlannerQueries queries;

	private final RegistryLookup registry;

	FindingController(AnalysisService analysis, PlannerQueries queries, RegistryLookup registry) {
		this.analysis = analysis;
		this.queries = queries;
		this.registry = registry;
	}

	@QueryMapping
	FindingConnection findings(@Argument @Nullable List<String> rule, @Argument @Nullable List<Severity> severity,
			@Argument @Nullable String unit, @Argument @Nullable String agency, @Argument @Nullable String function,
			@Argument @Nullable List<FindingStatus> status, @Argument @Nullable LocalDate asOf,
			@Argument @Nullable Integer first, @Argument @Nullable String after) {
		Connections.Request page = Connections.request(LIST, first, after, null, null);
		LocalDate day = asOf != null ? asOf : this.analysis.defaultParameters().asOf();
		if (agency != null && this.registry.agencies(List.of(agency), day).isEmpty()) {
			throw InvalidArgumentException.unknown("agency", "agency", agency);
		}
		if (function != null && this.registry.functions(List.of(function), day).isEmpty()) {
			throw InvalidArgumentException.unknown("function", "function", function);
		}
		Analysis result = this.analysis.analyze(new AnalysisRequest(asOf, rule == null ? List.of() : rule, unit));
		List<Finding> matching = result.findings()
			.stream()
			.filter(f -> severity == null || severity.contains(f.severity()))
			.filter(f -> status == null || status.contains(f.status()))
			.filter(f -> agency == null || f.agencies().contains(agency))
			.filter(f -> function == null || f.functions().contains(function))
			.toList();
		int start = page.after() == null ? 0 : positionAfter(matching, page.after());
		List<Edge<Finding>> edges = Connections.edges(LIST,
				matching.subList(start, Math.min(matching.size(), start + page.size())), Finding::id);
		Map<String, Integer> byRule = new TreeMap<>();
		result.rules().forEach(r -> byRule.put(r, 0));
		Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
		for (Severity s : Severity.values()) {
			bySeverity.put(s, 0);
		}
		for (Finding finding : matching) {
			byRule.merge(finding.rule(), 1, Integer::sum);
			bySeverity.merge(finding.severity(), 1, Integer::sum);
		}
		return new FindingConnection(edges,
				Connections.pageInfo(edges, start + page.size() < matching.size(), start > 0), matching.size(),
				PlannerQueries.counts(byRule), PlannerQueries.counts(bySeverity));
	}

	@QueryMapping
	@Nullable Finding finding(@Argument String id, @Argument @Nullable LocalDate asOf) {
		return this.analysis.finding(id, asOf).orElse(null);
	}

	@QueryMapping
	List<Finding> mergerCandidates(@Argument @Nullable String unit, @Argument @Nullable Double minScore,
			@Argument @Nullable Integer first, @Argument @Nullable LocalDate asOf) {
		int size = Connections.pageSize("first", first);
		return this.analysis.analyze(new AnalysisRequest(asOf, List.of("MERGER_CANDIDATE"), unit, minScore))
			.findings()
			.stream()
			.limit(size)
			.toList();
	}

	@QueryMapping
	List<Finding> gaps(@Argument String unit, @Argument @Nullable LocalDate asOf) {
		return this.analysis.analyze(new AnalysisRequest(asOf, List.of("GAP"), unit)).findings();
	}

	@QueryMapping
	Coverage coverage(@Argument String function, @Argument String unit, @Argument @Nullable LocalDate asOf) {
		return this.queries.coverage(function, unit, asOf);
	}

	@QueryMapping
	Stats stats(@Argument @Nullable LocalDate asOf) {
		return this.queries.stats(asOf);
	}

	@QueryMapping
	List<Rule> rules() {
		return this.analysis.catalog().rules();
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Finding markFinding(@Argument String id, @Argument FindingStatus status, @Argument @Nullable String note,
			@Argument @Nullable LocalDate asOf, @Argument String reason, Principal user) {
		Attribution by = Attribution.of(user, reason);
		return this.analysis.mark(id, status, note == null ? "" : note, asOf, by);
	}

	@BatchMapping(typeName = "Agency", field = "findings")
	Map<Agency, List<Finding>> agencyFindings(List<Agency> agencies) {
		// Each agency was read as of a day (the agency query's asOf): its findings are
		// those of that day's analysis.
		Map<LocalDate, List<Finding>> byDay = new HashMap<>();
		Map<Agency, List<Finding>> result = new LinkedHashMap<>();
		for (Agency agency : agencies) {
			List<Finding> all = byDay.computeIfAbsent(agency.asOf(),
					day -> this.analysis.analyze(new AnalysisRequest(day, List.of(), null)).findings());
			result.put(agency, all.stream().filter(f -> f.agencies().contains(agency.code())).toList());
		}
		return result;
	}

	@SchemaMapping(typeName = "Finding", field = "rule")
	Rule rule(Finding finding) {
		return this.analysis.catalog().rule(finding.rule()).orElseThrow();
	}

	@SchemaMapping(typeName = "FindingMark", field = "markedAt")
	String markedAt(FindingMark mark) {
		return mark.markedAt().toString();
	}

	@BatchMapping(typeName = "Finding")
	Map<Finding, List<AdminUnit>> units(List<Finding> findings) {
		return resolve(findings, Finding::units, this.registry::units);
	}

	@BatchMapping(typeName = "Finding")
	Map<Finding, List<Agency>> agencies(List<Finding> findings) {
		return resolve(findings, Finding::agencies, this.registry::agencies);
	}

	@BatchMapping(typeName = "Finding")
	Map<Finding, List<GovernmentFunction>> functions(List<Finding> findings) {
		return resolve(findings, Finding::functions, this.registry::functions);
	}

	@BatchMapping(typeName = "Finding")
	Map<Finding, List<Mandate>> mandates(List<Finding> findings) {
		return resolve(findings, Finding::mandates, (codes, day) -> this.registry.mandates(codes));
	}

	/**
	 * One lookup for the codes of a whole batch of findings; codes no longer in the store
	 * are left out.
	 */
	/**
	 * The entities a batch of findings names, looked up once per analysis day (names as
	 * they were that day).
	 */
	private static <T> Map<Finding, List<T>> resolve(List<Finding> findings, Function<Finding, List<String>> codes,
			BiFunction<Set<String>, LocalDate, Map<String, T>> lookup) {
		Map<LocalDate, Set<String>> byDay = new HashMap<>();
		findings.forEach(f -> byDay.computeIfAbsent(f.asOf(), d -> new HashSet<>()).addAll(codes.apply(f)));
		Map<LocalDate, Map<String, T>> found = new HashMap<>();
		byDay.forEach((day, all) -> found.put(day, lookup.apply(all, day)));
		Map<Finding, List<T>> result = new LinkedHashMap<>();
		for (Finding finding : findings) {
			Map<String, T> sameDay = found.get(finding.asOf());
			result.put(finding,
					codes.apply(finding).stream().map(sameDay::get).filter(java.util.Objects::nonNull).toList());
		}
		return result;
	}

	/**
	 * Findings are ordered, not keyed by a column: the page goes on after the finding the
	 * cursor names.
	 */
	private static int positionAfter(List<Finding> findings, String id) {
		for (int i = 0; i < findings.size(); i++) {
			if (findings.get(i).id().equals(id)) {
				return i + 1;
			}
		}
		throw new InvalidArgumentException("after", "not a cursor of this list (the findings may have changed)");
	}

}

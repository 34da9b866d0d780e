package org.apparatus.analysis;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apparatus.api.InvalidArgumentException;
import org.apparatus.audit.Attribution;
import org.apparatus.audit.AuditEntry;
import org.apparatus.audit.AuditKind;
import org.apparatus.audit.AuditLog;
import org.apparatus.registry.NameSheet;
import org.apparatus.registry.Names;
import org.apparatus.system.CypherFile;
import org.apparatus.system.KnowledgeBaseRevision;
import org.apparatus.system.RequestDeadline;
import org.apparatus.system.RequestTimedOutException;
import org.apparatus.system.RevisionCache;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the rules and turns their rows into findings. A rule's findings for a date are
 * computed once and kept until the knowledge base changes (its
 * {@link KnowledgeBaseRevision}); the planners' marks are kept until they change
 * ({@link FindingMarks}), so a mark shows at once; a unit's scope (the units below it on
 * a day) is kept like the findings.
 */
@Service
public class AnalysisService {

	/** Units on a day whose scope is kept. */
	private static final int SCOPES = 4096;

	private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
		.thenComparing(Finding::rule)
		.thenComparing(f -> f.score() == null ? 0 : -f.score())
		.thenComparing(Finding::primaryUnit)
		.thenComparing(Finding::id);

	private final RuleCatalog catalog;

	private final AnalysisProperties properties;

	private final Neo4jClient client;

	private final FindingMarks marks;

	private final KnowledgeBaseRevision revision;

	private final FindingsCache cache;

	private final TransactionTemplate ruleTransactions;

	private final PlatformTransactionManager transactions;

	/** Longest a request waits for a rule another request runs, without a deadline. */
	private static final Duration MAX_WAIT = Duration.ofHours(1);

	private final Names names;

	private final TransactionTemplate writes;

	private final AuditLog audit;

	/** The unit and the units below it on a day, by unit and day. */
	private final RevisionCache<UnitDay, Set<String>> scopes;

	AnalysisService(RuleCatalog catalog, AnalysisProperties properties, Neo4jClient client, FindingMarks marks,
			KnowledgeBaseRevision revision, PlatformTransactionManager transactions, Names names, AuditLog audit) {
		this.revision = revision;
		this.scopes = new RevisionCache<>(revision, SCOPES);
		this.audit = audit;
		this.writes = new TransactionTemplate(transactions);
		this.names = names;
		this.catalog = catalog;
		this.properties = properties;
		this.client = client;
		this.marks = marks;
		this.transactions = transactions;
		this.ruleTransactions = new TransactionTemplate(transactions);
		this.ruleTransactions.setReadOnly(true);
		this.ruleTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.ruleTransactions.setTimeout((int) properties.ruleTimeout().toSeconds());
		this.cache = new FindingsCache(properties.cacheSize(), properties.cacheAge(), Clock.systemUTC());
	}

	public RuleCatalog catalog() {
		return this.catalog;
	}

	/**
	 * The parameters an analysis uses when the request gives only a date (or nothing).
	 */
	public RuleParameters defaultParameters() {
		return this.properties.parameters();
	}

	public Analysis analyze(AnalysisRequest request) {
		RuleParameters parameters = this.properties.parameters();
		if (request.asOf() != null) {
			parameters = parameters.withAsOf(request.asOf());
		}
		if (request.mergerThreshold() != null) {
			try {
				parameters = parameters.withMergerThreshold(request.mergerThreshold());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidArgumentException("minScore", ex.getMessage());
			}
		}
		List<Rule> rules = selectRules(request.rules());
		Set<String> scope = request.unit() == null ? null : unitScope(request.unit(), parameters.asOf());
		Map<String, FindingMark> marks = this.marks.all();
		List<Finding> findings = new ArrayList<>();
		for (Rule rule : rules) {
			for (Finding finding : findings(rule, parameters)) {
				if (scope == null || finding.units().stream().anyMatch(scope::contains)) {
					findings.add(finding.withMark(marks.get(finding.id())));
				}
			}
		}
		findings.sort(ORDER);
		return new Analysis(parameters.asOf(), rules.stream().map(Rule::id).toList(), request.unit(),
				List.copyOf(findings));
	}

	/**
	 * Every rule on the graph as the caller's transaction sees it, with the planners'
	 * marks: the analysis of a scenario, whose changes exist only in that (rolled back)
	 * transaction. Not cached.
	 */
	public List<Finding> analyzeInCurrentTransaction(@Nullable LocalDate asOf) {
		RuleParameters parameters = asOf == null ? this.properties.parameters()
				: this.properties.parameters().withAsOf(asOf);
		Map<String, FindingMark> marks = this.marks.all();
		List<Finding> findings = new ArrayList<>();
		for (Rule rule : this.catalog.rules()) {
			RequestDeadline.remaining(this.properties.ruleTimeout());
			List<RuleHit> hits;
			try {
				hits = this.client.query(rule.cypher())
					.bindAll(parameters.forQuery())
					.fetch()
					.all()
					.stream()
					.map(row -> RuleHit.of(rule, row))
					.toList();
			}
			catch (org.springframework.dao.DataAccessException ex) {
				if (RequestDeadline.passed()) {
					throw new RequestTimedOutException();
				}
				throw new RuleFailedException(rule, ex);
			}
			for (Finding finding : findings(rule, hits, parameters.asOf())) {
				findings.add(finding.withMark(marks.get(finding.id())));
			}
		}
		findings.sort(ORDER);
		return List.copyOf(findings);
	}

	/** One finding of the analysis of a date (today's by default), by id. */
	public Optional<Finding> finding(String id, @Nullable LocalDate asOf) {
		String rule = id.contains("-") ? id.substring(0, id.lastIndexOf('-')) : id;
		if (this.catalog.rule(rule).isEmpty()) {
			return Optional.empty();
		}
		return analyze(new AnalysisRequest(asOf, List.of(rule), null)).findings()
			.stream()
			.filter(f -> f.id().equals(id))
			.findFirst();
	}

	/**
	 * Marks a finding of the analysis of a date (today's by default) as justified or
	 * acknowledged (OPEN takes the mark off), in one transaction with its audit record.
	 * The mark is kept by finding id, so it holds for the same problem in later analyses;
	 * the user who marks it is {@code by}'s.
	 */
	public Finding mark(String findingId, FindingStatus status, String note, @Nullable LocalDate asOf, Attribution by) {
		Finding finding = finding(findingId, asOf)
			.orElseThrow(() -> new InvalidArgumentException("id", InvalidArgumentException.Problem.UNKNOWN_CODE,
					"no finding with id " + findingId + " in the analysis as of " + (asOf == null ? "today" : asOf)));
		if (status == FindingStatus.JUSTIFIED && note.isBlank()) {
			throw new InvalidArgumentException("note", "say why the finding is justified");
		}
		AuditEntry entry = new AuditEntry(AuditKind.MARK_FINDING,
				"finding " + findingId
						+ (status == FindingStatus.OPEN ? " reopened (mark taken off)"
								: " marked " + status + (note.isBlank() ? "" : ": " + note.strip())),
				List.of(findingId), Map.of())
			.withCodes(finding.agencies())
			.withCodes(finding.functions())
			.withCodes(finding.units());
		return this.writes.execute(transaction -> {
			this.audit.record(by, entry);
			if (status == FindingStatus.OPEN) {
				this.marks.remove(findingId);
				return finding.withMark(null);
			}
			return finding.withMark(this.marks.save(findingId, status, note.strip(), by.user()));
		});
	}

	private List<Rule> selectRules(List<String> ids) {
		if (ids.isEmpty()) {
			return this.catalog.rules();
		}
		Set<String> wanted = new LinkedHashSet<>(ids);
		List<Rule> rules = new ArrayList<>();
		for (String id : wanted) {
			rules.add(this.catalog.rule(id)
				.orElseThrow(() -> new InvalidArgumentException("rule", InvalidArgumentException.Problem.UNKNOWN_CODE,
						"unknown rule " + id + " (known: " + this.catalog.rules().stream().map(Rule::id).toList()
								+ ")")));
		}
		return rules;
	}

	private Set<String> unitScope(String unit, LocalDate asOf) {
		Set<String> scope = unitAndBelow(unit, asOf);
		if (scope.isEmpty()) {
			throw InvalidArgumentException.unknown("unit", "admin unit", unit);
		}
		return scope;
	}

	/**
	 * The unit and every unit below it on {@code asOf}; empty when the unit does not
	 * exist that day.
	 */
	Set<String> unitAndBelow(String unit, LocalDate asOf) {
		return this.scopes.get(new UnitDay(unit, asOf), key -> {
			Set<String> codes = new HashSet<>();
			this.client.query(CypherFile.load("analysis/unit-scope"))
				.bindAll(Map.of("unit", unit, "asOf", asOf))
				.fetch()
				.all()
				.forEach(row -> codes.add((String) row.get("code")));
			return Set.copyOf(codes);
		});
	}

	/** A unit on a day: the key of the units below it. */
	private record UnitDay(String unit, LocalDate asOf) {
	}

	private List<Finding> findings(Rule rule, RuleParameters parameters) {
		Map<String, CompletableFuture<List<Finding>>> computed = this.cache.of(parameters, this.revision.current());
		CompletableFuture<List<Finding>> mine = new CompletableFuture<>();
		CompletableFuture<List<Finding>> cached = computed.putIfAbsent(rule.id(), mine);
		if (cached != null) {
			try {
				// Another request runs this rule: wait for it, but not past this
				// request's deadline.
				return cached.get(RequestDeadline.remaining(MAX_WAIT).toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RequestTimedOutException && !RequestDeadline.passed()) {
					// The request that ran it ran out of its time, not this one: run it
					// here.
					return findings(rule, parameters);
				}
				throw ex.getCause() instanceof RuntimeException runtime ? runtime
						: new CompletionException(ex.getCause());
			}
			catch (TimeoutException ex) {
				throw new RequestTimedOutException();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new RequestTimedOutException();
			}
		}
		try {
			List<Finding> findings = run(rule, parameters);
			mine.complete(findings);
			return findings;
		}
		catch (RuntimeException ex) {
			computed.remove(rule.id(), mine);
			mine.completeExceptionally(ex);
			throw ex;
		}
	}

	private List<Finding> run(Rule rule, RuleParameters parameters) {
		List<RuleHit> hits;
		try {
			// A rule run for a request ends by the request's deadline: the database stops
			// it then.
			TransactionTemplate transaction = new TransactionTemplate(this.transactions, this.ruleTransactions);
			transaction.setTimeout(RequestDeadline.remainingSeconds(this.properties.ruleTimeout()));
			hits = transaction.execute(status -> this.client.query(rule.cypher())
				.bindAll(parameters.forQuery())
				.fetch()
				.all()
				.stream()
				.map(row -> RuleHit.of(rule, row))
				.toList());
		}
		catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException ex) {
			if (RequestDeadline.passed()) {
				throw new RequestTimedOutException();
			}
			throw new RuleFailedException(rule, ex);
		}
		return findings(rule, hits, parameters.asOf());
	}

	/**
	 * Findings from a rule's rows on the analysis date: ids, names (of that day) and
	 * explanations (names read in the caller's transaction).
	 */
	private List<Finding> findings(Rule rule, List<RuleHit> hits, LocalDate asOf) {
		Set<String> agencies = new HashSet<>();
		Set<String> functions = new HashSet<>();
		Set<String> units = new HashSet<>();
		Set<String> mandates = new HashSet<>();
		Map<String, String> typed = new HashMap<>(ExplanationWriter.typedColumns(rule.explanationVi()));
		typed.putAll(ExplanationWriter.typedColumns(rule.explanationEn()));
		Map<String, Set<String>> byType = Map.of("agencies", agencies, "functions", functions, "units", units,
				"mandates", mandates);
		for (RuleHit hit : hits) {
			agencies.addAll(hit.agencies());
			functions.addAll(hit.functions());
			units.addAll(hit.units());
			mandates.addAll(hit.mandates());
			hit.grants().forEach(g -> mandates.addAll(g.mandates()));
			typed.forEach((column, type) -> byType.get(type).addAll(ExplanationWriter.codes(hit.extra().get(column))));
		}
		NameSheet names = this.names.of(agencies, functions, units, mandates, asOf);
		List<Finding> findings = new ArrayList<>(hits.size());
		for (RuleHit hit : hits) {
			findings.add(new Finding(FindingId.of(rule.id(), hit.key()), rule.id(), rule.severity(), hit.units(),
					hit.agencies(), hit.functions(), hit.mandates(), hit.score(),
					ExplanationWriter.explain(rule, hit, names, asOf), null, asOf));
		}
		return List.copyOf(findings);
	}

}

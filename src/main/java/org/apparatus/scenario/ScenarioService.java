package org.apparatus.scenario;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apparatus.analysis.AnalysisProperties;
import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.analysis.RecordedSuccessors;
import org.apparatus.analysis.Successors;
import org.apparatus.analysis.Finding;
import org.apparatus.api.InvalidArgumentException;
import org.apparatus.audit.Attribution;
import org.apparatus.audit.AuditEntry;
import org.apparatus.audit.AuditKind;
import org.apparatus.audit.AuditLog;
import org.apparatus.system.CypherFile;
import org.apparatus.system.KnowledgeBaseChanged;
import org.apparatus.system.KnowledgeBaseRevision;
import org.apparatus.system.RequestDeadline;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saving, reading, evaluating and applying scenarios. A scenario is validated by carrying
 * its changes out, each checked against the graph as the earlier ones left it, in a
 * transaction that is always rolled back. Evaluation does the same and runs every rule
 * inside that transaction: nobody else ever sees the changed graph, and the knowledge
 * base is exactly as it was afterwards. Applying commits the same changes in one
 * transaction. A scenario that no longer fits the knowledge base is refused by all three
 * with the same {@link InvalidScenarioException}. Saving, deleting and applying append
 * their audit records in their own transactions.
 */
@Service
public class ScenarioService {

	private final Neo4jClient client;

	private final KnowledgeBaseRevision revision;

	private final ScenarioApplier applier;

	private final AnalysisService analysis;

	private final TransactionTemplate transactions;

	private final Duration ruleTimeout;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final RecordedSuccessors successors;

	ScenarioService(Neo4jClient client, ScenarioApplier applier, AnalysisService analysis,
			AnalysisProperties properties, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			KnowledgeBaseRevision revision, AuditLog audit, RecordedSuccessors successors) {
		this.revision = revision;
		this.successors = successors;
		this.audit = audit;
		this.client = client;
		this.applier = applier;
		this.analysis = analysis;
		this.transactions = new TransactionTemplate(transactions);
		// Its own transaction, even inside a GraphQL query's read transaction: an
		// evaluation writes the changes, then rolls them back.
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		// The changes and every rule share one transaction: it gets the time a rule may
		// take, not the
		// default transaction timeout of a GraphQL request (30 s), which a large scenario
		// exceeds.
		this.transactions.setTimeout((int) properties.ruleTimeout().toSeconds());
		this.ruleTimeout = properties.ruleTimeout();
		this.events = events;
	}

	/**
	 * A transaction as {@link #transactions} describes it that also ends by the deadline
	 * of the request it runs for, if any (an evaluation asked for over GraphQL stops when
	 * the request runs out of time; the API reports the database's error as a timeout).
	 */
	private TransactionTemplate transaction() {
		if (RequestDeadline.end() == null) {
			return this.transactions;
		}
		TransactionTemplate transaction = new TransactionTemplate(this.transactions.getTransactionManager(),
				this.transactions);
		transaction.setTimeout(RequestDeadline.remainingSeconds(this.ruleTimeout));
		return transaction;
	}

	/**
	 * Validates a scenario against the knowledge base and saves it under its name
	 * (replacing one of that name), with its audit record.
	 */
	public Scenario save(Scenario scenario, Attribution by) {
		return save(scenario, null, by);
	}

	/**
	 * Validates a scenario against the knowledge base as of a day (the analysis day when
	 * null) and saves it: a plan made before a recorded reform is checked on a day before
	 * it, when its agencies were still active.
	 */
	public Scenario save(Scenario scenario, @Nullable LocalDate checkedOn, Attribution by) {
		return save(scenario, checkedOn, AuditKind.SAVE_SCENARIO, "scenario " + scenario.name() + " saved", by);
	}

	/**
	 * Validates and saves a scenario; the audit record says what kind of edit of a saved
	 * scenario it is.
	 */
	Scenario save(Scenario scenario, AuditKind kind, String description, Attribution by) {
		return save(scenario, null, kind, description, by);
	}

	private Scenario save(Scenario scenario, @Nullable LocalDate checkedOn, AuditKind kind, String description,
			Attribution by) {
		LocalDate date = scenario.day(checkedOn, this.analysis.defaultParameters().asOf());
		List<ScenarioProblem> problems = transaction().execute(status -> {
			status.setRollbackOnly();
			return this.applier.apply(scenario, date).problems();
		});
		if (!problems.isEmpty()) {
			throw new InvalidScenarioException(scenario.name(), problems);
		}
		transaction().executeWithoutResult(status -> {
			this.client.query(CypherFile.load("scenario/save-scenario"))
				.bindAll(Map.of("name", scenario.name(), "description", scenario.description(), "yaml",
						ScenarioYaml.write(scenario)))
				.run();
			this.audit.record(by, new AuditEntry(kind, description, List.of(scenario.name()),
					Map.of("changes", (long) scenario.changes().size())));
		});
		return scenario;
	}

	public Optional<Scenario> find(String name) {
		return read(name).stream().findFirst();
	}

	public List<Scenario> all() {
		return read(null);
	}

	/**
	 * Deletes a saved scenario, with its audit record; false (and no record) when none
	 * has that name.
	 */
	public boolean delete(String name, Attribution by) {
		return Boolean.TRUE.equals(transaction().execute(status -> {
			boolean deleted = this.client.query(CypherFile.load("scenario/delete-scenario"))
				.bind(name)
				.to("name")
				.fetchAs(Long.class)
				.one()
				.orElse(0L) > 0;
			if (deleted) {
				this.audit.record(by, AuditEntry.of(AuditKind.DELETE_SCENARIO, "scenario " + name + " deleted", name));
			}
			return deleted;
		}));
	}

	public Evaluation evaluate(String name, @Nullable LocalDate asOf) {
		return evaluate(name, asOf, evaluation -> {
		});
	}

	/**
	 * @param whileChanged called inside the evaluation's transaction, after the changes
	 * (tests use it to read the knowledge base from elsewhere at that moment)
	 */
	Evaluation evaluate(String name, @Nullable LocalDate asOf, Consumer<List<MovedResponsibility>> whileChanged) {
		Scenario scenario = require(name);
		LocalDate date = scenario.day(asOf, this.analysis.defaultParameters().asOf());
		List<Finding> baseline = this.analysis.analyze(new AnalysisRequest(date, List.of(), null)).findings();
		Evaluation evaluation = transaction().execute(status -> {
			status.setRollbackOnly();
			List<Figure> before = figures(date);
			List<MovedResponsibility> moved = carryOut(scenario, date);
			whileChanged.accept(moved);
			List<Figure> after = figures(date);
			List<Finding> changed = this.analysis.analyzeInCurrentTransaction(date);
			return compare(scenario, date, baseline, changed, before, after, moved);
		});
		return evaluation;
	}

	/**
	 * Holds a scenario's prediction against the record (domain.md §8.4): the record of
	 * {@code to} is read, then the scenario is carried out on {@code asOf} (the analysis
	 * day by default, as in {@link #evaluate}) in a transaction that is rolled back, and
	 * the bodies and leads it leaves that day are matched with those of the record (see
	 * {@link ScenarioComparison}).
	 */
	public ScenarioComparison compare(String name, @Nullable LocalDate asOf, LocalDate to) {
		Scenario scenario = require(name);
		LocalDate date = scenario.day(asOf, this.analysis.defaultParameters().asOf());
		if (to.isBefore(date)) {
			throw new InvalidArgumentException("to",
					"the record to compare with must be of the scenario's day (" + date + ") or later, not " + to);
		}
		return transaction().execute(status -> {
			status.setRollbackOnly();
			PredictionMatcher.State recorded = state(to);
			Successors successors = this.successors.between(date, to);
			carryOut(scenario, date);
			PredictionMatcher.State predicted = state(date);
			return PredictionMatcher.compare(scenario, date, to, predicted, recorded, successors);
		});
	}

	private PredictionMatcher.State state(LocalDate day) {
		List<ScenarioComparison.Body> bodies = this.client.query(CypherFile.load("scenario/state-bodies"))
			.bind(day)
			.to("day")
			.fetch()
			.all()
			.stream()
			.map(row -> new ScenarioComparison.Body((String) row.get("code"), (String) row.get("name"),
					(String) row.get("unit")))
			.toList();
		Map<String, String> unitNames = new java.util.HashMap<>();
		Map<String, String> unitLevels = new java.util.HashMap<>();
		this.client.query(CypherFile.load("scenario/state-units")).bind(day).to("day").fetch().all().forEach(row -> {
			unitNames.put((String) row.get("code"), (String) row.get("name"));
			unitLevels.put((String) row.get("code"), (String) row.get("level"));
		});
		Map<PredictionMatcher.FunctionInUnit, List<String>> leads = new java.util.HashMap<>();
		this.client.query(CypherFile.load("scenario/state-leads"))
			.bind(day)
			.to("day")
			.fetch()
			.all()
			.forEach(row -> leads.put(
					new PredictionMatcher.FunctionInUnit((String) row.get("function"), (String) row.get("unit")),
					((List<?>) row.get("holders")).stream().map(String::valueOf).toList()));
		return new PredictionMatcher.State(bodies, unitNames, unitLevels, leads);
	}

	/**
	 * Carries the scenario's changes out for real, from {@code asOf} on (the analysis day
	 * by default), in one transaction, with their change events and the audit record (the
	 * codes the changes name and those of the moved responsibilities' functions and
	 * agencies): the record before that day stays as it was (domain.md §8.2).
	 */
	public List<MovedResponsibility> apply(String name, @Nullable LocalDate asOf, Attribution by) {
		Scenario scenario = require(name);
		LocalDate date = scenario.day(asOf, this.analysis.defaultParameters().asOf());
		List<MovedResponsibility> moved = transaction().execute(status -> {
			// Locked before the changes are checked, as every edit (RegistryEditor).
			this.revision.lockForEdit();
			List<MovedResponsibility> done = carryOut(scenario, date);
			Set<String> codes = new LinkedHashSet<>();
			codes.add(name);
			scenario.changes().forEach(change -> codes.addAll(codes(change)));
			for (MovedResponsibility m : done) {
				codes.add(m.function());
				codes.add(m.from());
				if (m.to() != null) {
					codes.add(m.to());
				}
			}
			this.audit.record(by,
					new AuditEntry(AuditKind.APPLY_SCENARIO, "scenario " + name + " applied", List.copyOf(codes),
							Map.of())
						.withCount("changes", scenario.changes().size())
						.withCount("responsibilities moved", done.size()));
			return done;
		});
		this.events.publishEvent(new KnowledgeBaseChanged("scenario " + name + " applied"));
		return moved;
	}

	/** The codes a change names: agencies, functions, units, and those it creates. */
	private static List<String> codes(Change change) {
		List<String> codes = new ArrayList<>();
		if (change instanceof Change.Merge merge) {
			codes.addAll(merge.agencies());
			codes.add(merge.into());
		}
		else if (change instanceof Change.Transfer transfer) {
			codes.addAll(List.of(transfer.function(), transfer.from(), transfer.to()));
		}
		else if (change instanceof Change.Dissolve dissolve) {
			codes.add(dissolve.agency());
			if (dissolve.handTo() != null) {
				codes.add(dissolve.handTo());
			}
		}
		else if (change instanceof Change.MergeUnits units) {
			codes.addAll(units.units());
			codes.add(units.into());
		}
		return codes;
	}

	/**
	 * Carries the changes out in the current transaction, or throws (and so rolls it
	 * back) when any change does not fit the graph as the earlier ones left it.
	 */
	private List<MovedResponsibility> carryOut(Scenario scenario, LocalDate asOf) {
		ScenarioApplier.Outcome outcome = this.applier.apply(scenario, asOf);
		if (!outcome.problems().isEmpty()) {
			throw new InvalidScenarioException(scenario.name(), outcome.problems());
		}
		return outcome.moved();
	}

	/**
	 * A saved scenario, or an {@link UnknownScenarioException} that lists the saved ones.
	 */
	public Scenario require(String name) {
		return find(name)
			.orElseThrow(() -> new UnknownScenarioException(name, all().stream().map(Scenario::name).toList()));
	}

	private List<Scenario> read(@Nullable String name) {
		List<Scenario> scenarios = new ArrayList<>();
		Map<String, @Nullable Object> parameters = new java.util.HashMap<>();
		parameters.put("name", name);
		this.client.query(CypherFile.load("scenario/scenarios"))
			.bindAll(parameters)
			.fetch()
			.all()
			.forEach(row -> scenarios.add(ScenarioYaml.read((String) row.get("yaml"))));
		return scenarios;
	}

	/**
	 * The agencies active on a day and their staff quota, by sector, level and kind: a
	 * scenario's before and after, and the figures of a day in a report's comparison.
	 */
	public List<Figure> figures(LocalDate asOf) {
		return this.client.query(CypherFile.load("scenario/figures"))
			.bind(asOf)
			.to("asOf")
			.fetch()
			.all()
			.stream()
			.map(row -> new Figure((String) row.get("dimension"), (String) row.get("key"),
					((Number) row.get("agencies")).longValue(), ((Number) row.get("staff")).longValue()))
			.toList();
	}

	private static Evaluation compare(Scenario scenario, LocalDate asOf, List<Finding> baseline, List<Finding> changed,
			List<Figure> before, List<Figure> after, List<MovedResponsibility> moved) {
		Set<String> then = new HashSet<>();
		baseline.forEach(f -> then.add(f.id()));
		Set<String> now = new HashSet<>();
		changed.forEach(f -> now.add(f.id()));
		return new Evaluation(scenario, asOf, baseline.stream().filter(f -> !now.contains(f.id())).toList(),
				changed.stream().filter(f -> !then.contains(f.id())).toList(),
				changed.stream().filter(f -> then.contains(f.id())).toList(), before, after, moved);
	}

}

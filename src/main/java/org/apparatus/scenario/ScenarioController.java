package org.apparatus.scenario;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apparatus.api.InvalidArgumentException;
import org.apparatus.audit.Attribution;
import org.apparatus.audit.AuditKind;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Scenarios over GraphQL: saved ones, their evaluation, and saving one from its file
 * form.
 */
@Controller
class ScenarioController {

	private final ScenarioService scenarios;

	ScenarioController(ScenarioService scenarios) {
		this.scenarios = scenarios;
	}

	@QueryMapping
	List<Scenario> scenarios() {
		return this.scenarios.all();
	}

	@QueryMapping
	@Nullable Scenario scenario(@Argument String name) {
		return this.scenarios.find(name).orElse(null);
	}

	@QueryMapping
	Evaluation evaluateScenario(@Argument String name, @Argument @Nullable LocalDate asOf) {
		try {
			return this.scenarios.evaluate(name, asOf);
		}
		catch (UnknownScenarioException ex) {
			throw new InvalidArgumentException("name", InvalidArgumentException.Problem.UNKNOWN_CODE, ex.getMessage());
		}
		catch (InvalidScenarioException ex) {
			throw refused("", ex);
		}
	}

	@QueryMapping
	ScenarioComparison scenarioComparison(@Argument String name, @Argument LocalDate to,
			@Argument @Nullable LocalDate asOf) {
		try {
			return this.scenarios.compare(name, asOf, to);
		}
		catch (UnknownScenarioException ex) {
			throw new InvalidArgumentException("name", InvalidArgumentException.Problem.UNKNOWN_CODE, ex.getMessage());
		}
		catch (InvalidScenarioException ex) {
			throw refused("", ex);
		}
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Scenario saveScenario(@Argument @Nullable String yaml, @Argument @Nullable Map<String, Object> scenario,
			@Argument String reason, Principal user) {
		Attribution by = Attribution.of(user, reason);
		if ((yaml == null) == (scenario == null)) {
			throw new InvalidArgumentException("scenario",
					"give the scenario either as yaml or as scenario input, one of the two");
		}
		return save(() -> yaml != null ? ScenarioYaml.read(yaml) : ScenarioYaml.read(fileForm(scenario)),
				yaml != null ? "" : "scenario.", AuditKind.SAVE_SCENARIO, s -> "scenario " + s.name() + " saved", by);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Scenario addScenarioChange(@Argument String name, @Argument Map<String, Object> change,
			@Argument @Nullable Integer at, @Argument String reason, Principal user) {
		Attribution by = Attribution.of(user, reason);
		Scenario saved = saved(name);
		int index = at == null ? saved.changes().size() : at;
		if (index < 0 || index > saved.changes().size()) {
			throw new InvalidArgumentException("at",
					"a position from 0 to " + saved.changes().size() + ", not " + index);
		}
		return save(() -> {
			List<Change> changes = new ArrayList<>(saved.changes());
			changes.add(index, ScenarioYaml.readChange(name, fileForm(change), "change"));
			return saved.withChanges(changes);
		}, "", AuditKind.ADD_SCENARIO_CHANGE, s -> "change " + index + " added to scenario " + name + ": "
				+ ScenarioYaml.line(s.changes().get(index)), by);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Scenario removeScenarioChange(@Argument String name, @Argument int index, @Argument String reason, Principal user) {
		Attribution by = Attribution.of(user, reason);
		Scenario saved = saved(name);
		if (index < 0 || index >= saved.changes().size()) {
			throw new InvalidArgumentException("index",
					"a change from 0 to " + (saved.changes().size() - 1) + ", not " + index);
		}
		if (saved.changes().size() == 1) {
			throw new InvalidArgumentException("index",
					"a scenario keeps at least one change: delete the scenario instead");
		}
		List<Change> changes = new ArrayList<>(saved.changes());
		Change removed = changes.remove(index);
		return save(() -> saved.withChanges(changes), "", AuditKind.REMOVE_SCENARIO_CHANGE,
				s -> "change " + index + " taken out of scenario " + name + ": " + ScenarioYaml.line(removed), by);
	}

	private Scenario saved(String name) {
		return this.scenarios.find(name).orElseThrow(() -> InvalidArgumentException.unknown("name", "scenario", name));
	}

	/**
	 * Validates and saves; see {@link #refused} for the error when the scenario does not
	 * fit.
	 */
	private Scenario save(Supplier<Scenario> scenario, String prefix, AuditKind kind,
			Function<Scenario, String> description, Attribution by) {
		try {
			Scenario changed = scenario.get();
			return this.scenarios.save(changed, kind, description.apply(changed), by);
		}
		catch (InvalidScenarioException ex) {
			throw refused(prefix, ex);
		}
	}

	/**
	 * A scenario refused by saving or evaluation: the error names, as its argument, the
	 * first problem's path (in the argument's terms:
	 * {@code scenario.changes[2].abolishLevel.level}) and lists every problem.
	 */
	private static InvalidArgumentException refused(String prefix, InvalidScenarioException ex) {
		return new InvalidArgumentException(graphQlPath(prefix, ex.problems().get(0).where()),
				String.join("; ", ex.problems().stream().map(ScenarioProblem::toString).toList()));
	}

	/**
	 * GraphQL input in the scenario file's form: camelCase names in snake_case
	 * ({@code abolishLevel} is {@code abolish_level}), a merge's {@code intoNew} as its
	 * {@code into} mapping, nulls left out.
	 */
	static @Nullable Object fileForm(@Nullable Object input) {
		if (input instanceof Map<?, ?> map) {
			if (map.get("into") != null && map.get("intoNew") != null) {
				throw new InvalidArgumentException("intoNew",
						"a merge goes into an existing code (into) or a new one (intoNew), not both");
			}
			Map<String, Object> tree = new LinkedHashMap<>();
			map.forEach((key, value) -> {
				if (value != null) {
					String name = "intoNew".equals(key) ? "into"
							: String.valueOf(key).replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
					tree.put(name, fileForm(value));
				}
			});
			return tree;
		}
		if (input instanceof List<?> list) {
			return list.stream().map(ScenarioController::fileForm).toList();
		}
		return input;
	}

	/** A problem's path in the file form as the path of the GraphQL argument. */
	static String graphQlPath(String prefix, String path) {
		String camel = java.util.regex.Pattern.compile("_([a-z])")
			.matcher(path)
			.replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT));
		return prefix + camel.replaceAll("\\.into\\.(code|name|nameEn|kind)$", ".intoNew.$1");
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	boolean deleteScenario(@Argument String name, @Argument String reason, Principal user) {
		return this.scenarios.delete(name, Attribution.of(user, reason));
	}

	@SchemaMapping(typeName = "Scenario")
	List<ChangeView> changes(Scenario scenario) {
		List<ChangeView> changes = new ArrayList<>();
		for (int i = 0; i < scenario.changes().size(); i++) {
			Change change = scenario.changes().get(i);
			changes.add(new ChangeView(i, change.type(), ScenarioYaml.line(change)));
		}
		return changes;
	}

	@SchemaMapping(typeName = "Scenario")
	String yaml(Scenario scenario) {
		return ScenarioYaml.write(scenario);
	}

	@SchemaMapping(typeName = "ScenarioEvaluation")
	int unchanged(Evaluation evaluation) {
		return evaluation.unchanged().size();
	}

	@SchemaMapping(typeName = "ScenarioEvaluation")
	FiguresView before(Evaluation evaluation) {
		return FiguresView.of(evaluation.before());
	}

	@SchemaMapping(typeName = "ScenarioEvaluation")
	FiguresView after(Evaluation evaluation) {
		return FiguresView.of(evaluation.after());
	}

	/** A change as GraphQL shows it: its index, type and line of the scenario file. */
	record ChangeView(int index, String type, String description) {
	}

	/** Active agencies and staff quota, in all and by sector, level and kind. */
	record FiguresView(long agencies, long staffQuota, List<FigureCount> bySector, List<FigureCount> byLevel,
			List<FigureCount> byKind) {

		static FiguresView of(List<Figure> figures) {
			return new FiguresView(Evaluation.total(figures, false), Evaluation.total(figures, true),
					counts(figures, "sector"), counts(figures, "level"), counts(figures, "kind"));
		}

		private static List<FigureCount> counts(List<Figure> figures, String dimension) {
			return figures.stream()
				.filter(f -> f.dimension().equals(dimension))
				.map(f -> new FigureCount(f.key(), f.agencies(), f.staff()))
				.toList();
		}

	}

	/** One group's active agencies and staff quota. */
	record FigureCount(String key, long agencies, long staffQuota) {
	}

}

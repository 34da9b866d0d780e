package org.apparatus.scenario;

import java.time.LocalDate;
import java.util.List;

import org.apparatus.registry.InvalidArgumentException;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Scenarios over GraphQL: saved ones, their evaluation, and saving one from its file form. */
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
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Scenario saveScenario(@Argument String yaml) {
		try {
			return this.scenarios.save(ScenarioYaml.read(yaml));
		}
		catch (InvalidScenarioException ex) {
			throw new InvalidArgumentException(ex.problems().get(0).where(), String.join("; ",
					ex.problems().stream().map(ScenarioProblem::toString).toList()));
		}
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	boolean deleteScenario(@Argument String name) {
		return this.scenarios.delete(name);
	}

	@SchemaMapping(typeName = "Scenario")
	List<ChangeView> changes(Scenario scenario) {
		List<ChangeView> changes = new java.util.ArrayList<>();
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

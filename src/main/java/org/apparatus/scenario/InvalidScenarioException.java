package org.apparatus.scenario;

import java.util.List;

/**
 * A scenario that cannot be saved or applied, with every problem found (not just the
 * first).
 */
public class InvalidScenarioException extends RuntimeException {

	private final List<ScenarioProblem> problems;

	public InvalidScenarioException(String scenario, List<ScenarioProblem> problems) {
		super("scenario " + scenario + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ": "
				+ String.join("; ", problems.stream().map(ScenarioProblem::toString).toList()));
		this.problems = List.copyOf(problems);
	}

	public List<ScenarioProblem> problems() {
		return this.problems;
	}

}

package org.apparatus.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems planted so far, in planting order: what
 * {@value SyntheticDataSetGenerator#PLANTED_FILE} lists.
 */
final class AnswerKey {

	private final List<PlantedProblem> problems = new ArrayList<>();

	void record(String rule, String unit, List<String> agencies, List<String> functions, String note) {
		record(rule, List.of(unit), agencies, functions, note);
	}

	/** A problem that spans units: the one the analysis reports it under first. */
	void record(String rule, List<String> units, List<String> agencies, List<String> functions, String note) {
		this.problems.add(new PlantedProblem(rule, units, agencies, functions, note));
	}

	List<PlantedProblem> problems() {
		return List.copyOf(this.problems);
	}

}

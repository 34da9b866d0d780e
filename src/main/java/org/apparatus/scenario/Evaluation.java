package org.apparatus.scenario;

import java.time.LocalDate;
import java.util.List;

import org.apparatus.analysis.Finding;

/**
 * What a scenario would change: the findings it resolves and introduces (by stable id), those it
 * leaves, the agencies and staff before and after, and the responsibilities it moves.
 */
public record Evaluation(Scenario scenario, LocalDate asOf, List<Finding> resolved, List<Finding> introduced,
		List<Finding> unchanged, List<Figure> before, List<Figure> after, List<MovedResponsibility> moved) {

	/** The introduced findings a planner must see first: tasks and bodies the changes leave without an owner. */
	public List<Finding> newGapsAndOrphans() {
		return this.introduced.stream().filter(f -> f.rule().equals("GAP") || f.rule().equals("ORPHAN_AGENCY")).toList();
	}

	/** Active agencies and staff in all, before or after. */
	public static long total(List<Figure> figures, boolean staff) {
		return figures.stream().filter(f -> f.dimension().equals("level")).mapToLong(f -> staff ? f.staff() : f.agencies()).sum();
	}

}

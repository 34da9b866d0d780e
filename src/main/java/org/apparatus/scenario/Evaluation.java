package org.apparatus.scenario;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apparatus.analysis.Finding;

/**
 * What a scenario would change: the findings it resolves and introduces (by stable id),
 * those it leaves, the agencies and staff before and after, and the responsibilities it
 * moves.
 */
public record Evaluation(Scenario scenario, LocalDate asOf, List<Finding> resolved, List<Finding> introduced,
		List<Finding> unchanged, List<Figure> before, List<Figure> after, List<MovedResponsibility> moved) {

	/**
	 * The introduced findings a planner must see first: tasks and bodies the changes
	 * leave without an owner.
	 */
	public List<Finding> newGapsAndOrphans() {
		return this.introduced.stream()
			.filter(f -> f.rule().equals("GAP") || f.rule().equals("ORPHAN_AGENCY"))
			.toList();
	}

	/** Active agencies and staff in all, before or after. */
	public static long total(List<Figure> figures, boolean staff) {
		return figures.stream()
			.filter(f -> f.dimension().equals("level"))
			.mapToLong(f -> staff ? f.staff() : f.agencies())
			.sum();
	}

	/**
	 * The evaluation as a JSON-ready document, the same in
	 * {@code scenario evaluate --format json} and in reports.
	 */
	public Document document() {
		return new Document(this.scenario.name(), this.scenario.description(), this.asOf.toString(),
				this.resolved.stream().map(Finding::document).toList(),
				this.introduced.stream().map(Finding::document).toList(), this.unchanged.size(), figures(this.before),
				figures(this.after), this.moved);
	}

	private static Figures figures(List<Figure> figures) {
		return new Figures(total(figures, false), total(figures, true), group(figures, "sector"),
				group(figures, "level"), group(figures, "kind"));
	}

	private static Map<String, Figures.Group> group(List<Figure> figures, String dimension) {
		Map<String, Figures.Group> group = new LinkedHashMap<>();
		figures.stream()
			.filter(f -> f.dimension().equals(dimension))
			.forEach(f -> group.put(f.key(), new Figures.Group(f.agencies(), f.staff())));
		return group;
	}

	/**
	 * An evaluation as other tools read it: findings as {@link Finding.Document}, the
	 * figures before and after.
	 */
	public record Document(String scenario, String description, String asOf, List<Finding.Document> resolved,
			List<Finding.Document> introduced, int unchanged, Figures before, Figures after,
			List<MovedResponsibility> moved) {
	}

	/** Active agencies and staff in all and per sector, level and kind. */
	public record Figures(long agencies, long staff, Map<String, Group> bySector, Map<String, Group> byLevel,
			Map<String, Group> byKind) {

		public record Group(long agencies, long staff) {
		}

	}

}

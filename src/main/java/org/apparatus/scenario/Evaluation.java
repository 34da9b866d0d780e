package org.apparatus.scenario;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/** The evaluation as a JSON-ready document, the same in {@code scenario evaluate --format json} and in reports. */
	public Map<String, Object> document() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("scenario", this.scenario.name());
		document.put("description", this.scenario.description());
		document.put("asOf", this.asOf.toString());
		document.put("resolved", this.resolved.stream().map(Finding::document).toList());
		document.put("introduced", this.introduced.stream().map(Finding::document).toList());
		document.put("unchanged", this.unchanged.size());
		document.put("before", figures(this.before));
		document.put("after", figures(this.after));
		document.put("moved", this.moved.stream().map(m -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("change", m.change());
			row.put("function", m.function());
			row.put("role", m.role());
			row.put("from", m.from());
			row.put("to", m.to());
			return row;
		}).toList());
		return document;
	}

	private static Map<String, Object> figures(List<Figure> figures) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("agencies", total(figures, false));
		out.put("staff", total(figures, true));
		for (String dimension : List.of("sector", "level", "kind")) {
			Map<String, Object> group = new LinkedHashMap<>();
			figures.stream().filter(f -> f.dimension().equals(dimension))
				.forEach(f -> {
					Map<String, Object> figure = new LinkedHashMap<>();
					figure.put("agencies", f.agencies());
					figure.put("staff", f.staff());
					group.put(f.key(), figure);
				});
			out.put("by" + Character.toUpperCase(dimension.charAt(0)) + dimension.substring(1), group);
		}
		return out;
	}

}

package org.apparatus.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One row of a rule's query: the problem's key and the codes it involves, before it is
 * named and explained.
 *
 * @param grants which mandates give each agency its part (may be empty)
 * @param extra the rule's other columns, usable as placeholders of its explanation
 */
record RuleHit(List<String> key, List<String> units, List<String> agencies, List<String> functions,
		List<String> mandates, @Nullable Double score, List<Grant> grants, Map<String, Object> extra) {

	private static final List<String> STANDARD_COLUMNS = List.of("key", "units", "agencies", "functions", "mandates",
			"score", "grants");

	static RuleHit of(Rule rule, Map<String, Object> row) {
		for (String column : RuleFileParser.REQUIRED_COLUMNS) {
			if (!row.containsKey(column)) {
				throw new InvalidRuleException(rule.source() + ": the query returns no '" + column + "' column");
			}
		}
		List<Grant> grants = new ArrayList<>();
		if (row.get("grants") instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof Map<?, ?> grant && grant.get("agency") != null) {
					grants.add(new Grant(grant.get("agency").toString(), strings(grant.get("mandates"))));
				}
			}
		}
		Map<String, Object> extra = new java.util.HashMap<>();
		row.forEach((column, value) -> {
			if (!STANDARD_COLUMNS.contains(column) && value != null) {
				extra.put(column, value);
			}
		});
		Object score = row.get("score");
		return new RuleHit(strings(row.get("key")), strings(row.get("units")), strings(row.get("agencies")),
				strings(row.get("functions")), strings(row.get("mandates")),
				score instanceof Number number ? number.doubleValue() : null, grants, extra);
	}

	List<String> codes(String column) {
		return switch (column) {
			case "agencies" -> this.agencies;
			case "functions" -> this.functions;
			case "units" -> this.units;
			case "mandates" -> this.mandates;
			default -> throw new IllegalArgumentException(column);
		};
	}

	private static List<String> strings(@Nullable Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().filter(java.util.Objects::nonNull).map(Object::toString).toList();
		}
		return List.of(value.toString());
	}

	record Grant(String agency, List<String> mandates) {
	}

}

package org.apparatus.api;

import java.util.List;

/**
 * A field whose data fetcher runs work far beyond its place in the query: an analysis of
 * the knowledge base (every rule on one day with one set of parameters), or a scenario's
 * evaluation. The module that answers the field declares it as a bean; {@link QueryCost}
 * charges {@code apparatus.graphql.analysis-cost} for each distinct piece of such work a
 * query asks for, before any of it runs, and gives the request
 * {@code apparatus.graphql.analysis-timeout} instead of the ordinary timeout.
 *
 * @param type the type that has the field, e.g. {@code Query}
 * @param field the field, e.g. {@code stats}
 * @param work what the field runs, e.g. {@code analysis}; two fields asking for the same
 * work with the same key share one charge
 * @param days the arguments that name the day of the work; when none is given in the
 * query, the nearest enclosing field's {@code asOf} (an agency's findings are those of
 * the day the agency was read as of), else the default day
 * @param parameters the other arguments that make it another piece of work (a threshold,
 * a scenario's name)
 */
public record CostlyField(String type, String field, String work, List<String> days, List<String> parameters) {

	public CostlyField {
		days = List.copyOf(days);
		parameters = List.copyOf(parameters);
	}

	/** An analysis on the day named by {@code asOf}, with the default parameters. */
	public static CostlyField analysis(String type, String field) {
		return new CostlyField(type, field, "analysis", List.of("asOf"), List.of());
	}

}

package org.apparatus.report;

import java.time.LocalDate;

import org.apparatus.api.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * What a report is asked for, the same from the command line, GraphQL and HTTP.
 *
 * @param asOf the analysis date, null for the configured default
 * @param scenario a saved scenario to evaluate in the report, or null
 * @param unit the unit drawn as a heat map and an org chart, null for the province
 * @param language {@code vi} or {@code en}
 * @param compare an earlier day to compare the analysis day with (the section "what
 * changed between two days"), or null for none; it must be before the analysis day
 */
public record ReportRequest(@Nullable LocalDate asOf, @Nullable String scenario, @Nullable String unit, String language,
		@Nullable LocalDate compare) {

	public ReportRequest(@Nullable LocalDate asOf, @Nullable String scenario, @Nullable String unit, String language) {
		this(asOf, scenario, unit, language, null);
	}

	public ReportRequest {
		if (!"vi".equals(language) && !"en".equals(language)) {
			throw new InvalidArgumentException("lang", "the report's language is vi or en, not " + language);
		}
	}

}

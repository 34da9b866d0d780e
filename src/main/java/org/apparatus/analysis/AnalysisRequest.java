package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What to analyse.
 *
 * @param asOf the analysis date; null for the configured default (today unless set)
 * @param rules ids of the rules to run; empty for all
 * @param unit limit the findings to those involving this unit or a unit below it; null
 * for all
 * @param mergerThreshold the lowest MERGER_CANDIDATE score; null for the configured one
 */
public record AnalysisRequest(@Nullable LocalDate asOf, List<String> rules, @Nullable String unit,
		@Nullable Double mergerThreshold) {

	public AnalysisRequest(@Nullable LocalDate asOf, List<String> rules, @Nullable String unit) {
		this(asOf, rules, unit, null);
	}

	public static AnalysisRequest everything() {
		return new AnalysisRequest(null, List.of(), null);
	}

}

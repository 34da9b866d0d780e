package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What to analyse.
 *
 * @param asOf the analysis date; null for the configured default (today unless set)
 * @param rules ids of the rules to run; empty for all
 * @param unit limit the findings to those involving this unit or a unit below it; null for all
 */
public record AnalysisRequest(@Nullable LocalDate asOf, List<String> rules, @Nullable String unit) {

	public static AnalysisRequest everything() {
		return new AnalysisRequest(null, List.of(), null);
	}

}

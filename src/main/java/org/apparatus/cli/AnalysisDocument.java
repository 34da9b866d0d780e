package org.apparatus.cli;

import java.util.List;
import java.util.Map;

import org.apparatus.analysis.Finding;
import org.apparatus.analysis.FindingStatus;
import org.apparatus.analysis.Severity;
import org.jspecify.annotations.Nullable;

/**
 * {@code analyze --format json}: the day, the unit, the counts and the findings, codes as
 * in the data set.
 */
record AnalysisDocument(String asOf, @Nullable String unit, Summary summary, List<Finding.Document> findings) {

	record Summary(int total, Map<String, Integer> byRule, Map<Severity, Integer> bySeverity,
			Map<FindingStatus, Integer> byStatus) {
	}

}

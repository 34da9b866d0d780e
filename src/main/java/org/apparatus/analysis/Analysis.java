package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The findings of one analysis: the rules run, on which date, over which units.
 *
 * @param unit the unit the analysis was limited to (with everything below it), null for
 * all
 */
public record Analysis(LocalDate asOf, List<String> rules, @Nullable String unit, List<Finding> findings) {

	public Map<String, Integer> countByRule() {
		Map<String, Integer> counts = new TreeMap<>();
		this.rules.forEach(rule -> counts.put(rule, 0));
		this.findings.forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
		return counts;
	}

	public Map<Severity, Integer> countBySeverity() {
		Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0);
		}
		this.findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
		return counts;
	}

	public Map<FindingStatus, Integer> countByStatus() {
		Map<FindingStatus, Integer> counts = new EnumMap<>(FindingStatus.class);
		for (FindingStatus status : FindingStatus.values()) {
			counts.put(status, 0);
		}
		this.findings.forEach(f -> counts.merge(f.status(), 1, Integer::sum));
		return counts;
	}

	/** The findings planners have not marked as justified. */
	public List<Finding> notJustified() {
		return this.findings.stream().filter(f -> f.status() != FindingStatus.JUSTIFIED).toList();
	}

	/** The findings planners marked as justified (intentional), reported apart. */
	public List<Finding> justified() {
		return this.findings.stream().filter(f -> f.status() == FindingStatus.JUSTIFIED).toList();
	}

}

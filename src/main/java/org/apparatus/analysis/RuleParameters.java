package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apparatus.registry.AgencyKind;

/**
 * The values a rule's {@code $parameters} take in one analysis.
 *
 * @param asOf the analysis date: a mandate is in force when it is effective on it and not
 * repealed
 * @param mergerThreshold the lowest MERGER_CANDIDATE score reported (above 0 and at most
 * 1, see docs/rules.md)
 * @param rootKinds kinds of agency that may have no superior when they serve a top admin
 * unit
 */
public record RuleParameters(LocalDate asOf, double mergerThreshold, List<AgencyKind> rootKinds) {

	/** The parameter names a rule file may use. */
	public static final List<String> NAMES = List.of("asOf", "mergerThreshold", "rootKinds");

	public RuleParameters {
		if (mergerThreshold <= 0 || mergerThreshold > 1) {
			throw new IllegalArgumentException(
					"the merger threshold must be above 0 and at most 1, not " + mergerThreshold);
		}
		rootKinds = List.copyOf(rootKinds);
	}

	public RuleParameters withAsOf(LocalDate date) {
		return new RuleParameters(date, this.mergerThreshold, this.rootKinds);
	}

	public RuleParameters withMergerThreshold(double threshold) {
		return new RuleParameters(this.asOf, threshold, this.rootKinds);
	}

	Map<String, Object> forQuery() {
		return Map.of("asOf", this.asOf, "mergerThreshold", this.mergerThreshold, "rootKinds",
				this.rootKinds.stream().map(Enum::name).toList());
	}

}

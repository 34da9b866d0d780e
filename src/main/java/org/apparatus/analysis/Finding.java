package org.apparatus.analysis;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One problem found by a rule. The id is the same for the same problem on every run and in every
 * scenario: it is derived from the rule and the rule's key columns (e.g. function and unit for a
 * DUPLICATE), never from a position or a time.
 *
 * @param units codes of the admin units involved, the primary one first
 * @param score the rule's score where it has one (MERGER_CANDIDATE), else null
 * @param mark the planners' mark, null while the finding is open
 */
public record Finding(String id, String rule, Severity severity, List<String> units, List<String> agencies,
		List<String> functions, List<String> mandates, @Nullable Double score, Explanation explanation,
		@Nullable FindingMark mark) {

	public FindingStatus status() {
		return this.mark == null ? FindingStatus.OPEN : this.mark.status();
	}

	public String primaryUnit() {
		return this.units.isEmpty() ? "" : this.units.get(0);
	}

	Finding withMark(@Nullable FindingMark mark) {
		return new Finding(this.id, this.rule, this.severity, this.units, this.agencies, this.functions, this.mandates,
				this.score, this.explanation, mark);
	}

}

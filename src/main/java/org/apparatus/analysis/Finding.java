package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One problem found by a rule. The id is the same for the same problem on every run and
 * in every scenario: it is derived from the rule and the rule's key columns (e.g.
 * function and unit for a DUPLICATE), never from a position or a time.
 *
 * @param units codes of the admin units involved, the primary one first
 * @param score the rule's score where it has one (MERGER_CANDIDATE), else null
 * @param mark the planners' mark, null while the finding is open
 * @param asOf the day the rule was run for: units and agencies are named as they were
 * then
 */
public record Finding(String id, String rule, Severity severity, List<String> units, List<String> agencies,
		List<String> functions, List<String> mandates, @Nullable Double score, Explanation explanation,
		@Nullable FindingMark mark, LocalDate asOf) {

	public FindingStatus status() {
		return this.mark == null ? FindingStatus.OPEN : this.mark.status();
	}

	public String primaryUnit() {
		return this.units.isEmpty() ? "" : this.units.get(0);
	}

	/**
	 * The finding as a JSON-ready document, the same in {@code analyze --format json},
	 * scenario evaluations and reports.
	 */
	public Document document() {
		return new Document(this.id, this.rule, this.severity.name(), this.units, this.agencies, this.functions,
				this.mandates, this.score, this.explanation, status().name(), this.mark == null ? null
						: new Document.Mark(this.mark.note(), this.mark.markedBy(), this.mark.markedAt().toString()));
	}

	/**
	 * A finding as other tools read it: codes as in the data set, the mark only once
	 * there is one.
	 */
	public record Document(String id, String rule, String severity, List<String> units, List<String> agencies,
			List<String> functions, List<String> mandates, @Nullable Double score, Explanation explanation,
			String status, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Mark mark) {

		public record Mark(String note, String markedBy, String markedAt) {
		}

	}

	Finding withMark(@Nullable FindingMark mark) {
		return new Finding(this.id, this.rule, this.severity, this.units, this.agencies, this.functions, this.mandates,
				this.score, this.explanation, mark, this.asOf);
	}

}

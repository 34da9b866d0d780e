package org.apparatus.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/** The finding as a JSON-ready document, the same in {@code analyze --format json}, scenario evaluations and reports. */
	public Map<String, Object> document() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", this.id);
		json.put("rule", this.rule);
		json.put("severity", this.severity.name());
		json.put("units", this.units);
		json.put("agencies", this.agencies);
		json.put("functions", this.functions);
		json.put("mandates", this.mandates);
		json.put("score", this.score);
		// ordered maps: the same document, key for key, on every run
		Map<String, Object> explanation = new LinkedHashMap<>();
		explanation.put("vi", this.explanation.vi());
		explanation.put("en", this.explanation.en());
		json.put("explanation", explanation);
		json.put("status", status().name());
		if (this.mark != null) {
			Map<String, Object> mark = new LinkedHashMap<>();
			mark.put("note", this.mark.note());
			mark.put("markedBy", this.mark.markedBy());
			mark.put("markedAt", this.mark.markedAt().toString());
			json.put("mark", mark);
		}
		return json;
	}

	Finding withMark(@Nullable FindingMark mark) {
		return new Finding(this.id, this.rule, this.severity, this.units, this.agencies, this.functions, this.mandates,
				this.score, this.explanation, mark);
	}

}

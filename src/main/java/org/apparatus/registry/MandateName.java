package org.apparatus.registry;

import org.jspecify.annotations.Nullable;

/**
 * How an instrument is named wherever the tool cites it: findings' explanations, reports
 * and the API. An instrument has an official number only if its number has a digit; an
 * illustrative instrument (docs/seed-data.md) carries "(minh họa)" instead, which would
 * tell a reader nothing, so its code and title say which instrument is meant.
 */
public record MandateName(String code, MandateKind kind, @Nullable String number, String title) {

	/** Whether the instrument has a real official number, e.g. 45/2025/NĐ-CP. */
	public boolean numbered() {
		return this.number != null && this.number.chars().anyMatch(Character::isDigit);
	}

	/**
	 * The short reference a table column shows: the official number, or the code of an
	 * illustrative instrument.
	 */
	public String reference() {
		return numbered() ? this.number : this.code;
	}

	/**
	 * The citation a sentence uses: "Nghị định 45/2025/NĐ-CP" / "Decree 45/2025/NĐ-CP";
	 * for an illustrative instrument its title in Vietnamese and "Decision CODE (title)"
	 * in English.
	 */
	public String citation(String language) {
		if (numbered()) {
			return this.kind.word(language) + " " + this.number;
		}
		return "en".equals(language) ? this.kind.word(language) + " " + this.code + " (" + this.title + ")"
				: this.title;
	}

}

package org.apparatus.generator;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One generated change event, a row of {@code changes.csv} (docs/data-format.md): what
 * happened on its day of effect, to which bodies or units, on which legal basis.
 */
record ChangeEventRow(String code, LocalDate date, String kind, List<String> from, List<String> to,
		List<String> functions, @Nullable String mandate, String note) {

	/** The columns of {@code changes.csv}, in order. */
	static final List<String> COLUMNS = List.of("code", "date", "kind", "from_codes", "to_codes", "function_codes",
			"mandate_code", "note");

	/** The cells in the order of {@link #COLUMNS}; lists are {@code ;}-separated. */
	List<String> cells() {
		return List.of(this.code, this.date.toString(), this.kind, String.join(";", this.from),
				String.join(";", this.to), String.join(";", this.functions), this.mandate == null ? "" : this.mandate,
				this.note);
	}

}

package org.apparatus.dataset;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One record of a data-set file with the line it starts on; empty cells read as no value.
 */
record CsvRow(DataSetFile file, int line, Map<String, String> cells) {

	@Nullable String get(String column) {
		String value = this.cells.get(column);
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	DataSetProblem problem(@Nullable String column, String message) {
		return new DataSetProblem(this.file.fileName(), this.line, column, message);
	}

}

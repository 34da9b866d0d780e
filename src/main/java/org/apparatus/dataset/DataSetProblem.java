package org.apparatus.dataset;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a data set, located the way a planner finds it in a spreadsheet:
 * the file, the line (the header is line 1) and the column name.
 */
public record DataSetProblem(String file, int line, @Nullable String column, String message) {

	@Override
	public String toString() {
		return this.file + ":" + this.line + ":" + (this.column == null ? "" : this.column + ":") + " " + this.message;
	}

}

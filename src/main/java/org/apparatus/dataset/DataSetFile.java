package org.apparatus.dataset;

import java.util.List;

/**
 * The files of a data set and their columns, in the order export writes them. The
 * required columns are those of the first format; the optional ones came later (periods,
 * domain.md §8.1), so a data set without them keeps its meaning.
 */
public enum DataSetFile {

	ADMIN_UNITS("admin-units.csv", List.of("code", "name", "name_en", "level", "parent_code"), Columns.PERIOD),
	FUNCTIONS("functions.csv", List.of("code", "name", "name_en", "parent_code", "cofog"), List.of()),
	MANDATES("mandates.csv",
			List.of("code", "kind", "number", "title", "issuer", "issued_on", "effective_from", "repealed_on"),
			List.of()),
	AGENCIES("agencies.csv",
			List.of("code", "name", "name_en", "sector", "kind", "admin_unit_code", "status", "staff_quota"),
			Columns.PERIOD),
	REPORTING_LINES("reporting-lines.csv", List.of("agency_code", "superior_code", "line"), Columns.PERIOD),
	RESPONSIBILITIES("responsibilities.csv", List.of("agency_code", "function_code", "role", "mandate_code", "article"),
			Columns.PERIOD),
	FUNCTION_LEVELS("function-levels.csv", List.of("function_code", "level", "mandate_code"), Columns.PERIOD);

	private final String fileName;

	private final List<String> required;

	private final List<String> columns;

	DataSetFile(String fileName, List<String> required, List<String> optional) {
		this.fileName = fileName;
		this.required = required;
		this.columns = java.util.stream.Stream.concat(required.stream(), optional.stream()).toList();
	}

	/** The columns a file must have. */
	public List<String> requiredColumns() {
		return this.required;
	}

	public String fileName() {
		return this.fileName;
	}

	/** Every column, required and optional, in the order export writes them. */
	public List<String> columns() {
		return this.columns;
	}

	private static final class Columns {

		static final List<String> PERIOD = List.of("valid_from", "valid_to");

	}

}

package org.apparatus.dataset;

import java.util.List;
import java.util.Set;

/**
 * The files of a data set and their columns, in the order export writes them. A column
 * added after the first format is optional: a file without it reads as if all its cells
 * were empty, so older data sets keep their meaning. The periods ({@code valid_from},
 * {@code valid_to}, domain.md §8.1), a mandate's successor, a unit's kind and the kinds
 * of unit a level rule addresses are such columns. Every file is optional: a data set may
 * hold some files only (an update of the store), and one without {@code changes.csv} has
 * no change events.
 */
public enum DataSetFile {

	ADMIN_UNITS("admin-units.csv",
			List.of("code", "name", "name_en", "level", "kind", "parent_code", "valid_from", "valid_to"),
			Columns.optional(Columns.PERIOD, "kind")),
	FUNCTIONS("functions.csv", List.of("code", "name", "name_en", "parent_code", "cofog")),
	MANDATES("mandates.csv",
			List.of("code", "kind", "number", "title", "issuer", "issued_on", "effective_from", "repealed_on",
					"replaced_by"),
			Set.of("replaced_by")),
	AGENCIES("agencies.csv",
			List.of("code", "name", "name_en", "sector", "kind", "admin_unit_code", "status", "staff_quota",
					"valid_from", "valid_to"),
			Columns.PERIOD),
	REPORTING_LINES("reporting-lines.csv", List.of("agency_code", "superior_code", "line", "valid_from", "valid_to"),
			Columns.PERIOD),
	RESPONSIBILITIES("responsibilities.csv",
			List.of("agency_code", "function_code", "role", "mandate_code", "article", "valid_from", "valid_to"),
			Columns.PERIOD),
	FUNCTION_LEVELS("function-levels.csv",
			List.of("function_code", "level", "unit_kinds", "mandate_code", "valid_from", "valid_to"),
			Columns.optional(Columns.PERIOD, "unit_kinds")),
	/**
	 * Dated change events (domain.md §8.2); the whole file is optional: a data set
	 * without it has no events.
	 */
	CHANGES("changes.csv",
			List.of("code", "date", "kind", "from_codes", "to_codes", "function_codes", "mandate_code", "note"),
			Set.of("function_codes", "mandate_code", "note"));

	private final String fileName;

	private final List<String> columns;

	private final Set<String> optionalColumns;

	DataSetFile(String fileName, List<String> columns) {
		this(fileName, columns, Set.of());
	}

	DataSetFile(String fileName, List<String> columns, Set<String> optionalColumns) {
		this.fileName = fileName;
		this.columns = columns;
		this.optionalColumns = optionalColumns;
	}

	public String fileName() {
		return this.fileName;
	}

	public List<String> columns() {
		return this.columns;
	}

	/**
	 * The columns of a data set of one day ({@code export --as-of}): all but the periods.
	 */
	public List<String> dayColumns() {
		return this.columns.stream().filter(column -> !Columns.PERIOD.contains(column)).toList();
	}

	/** The columns a file must have: all but the optional ones. */
	public List<String> requiredColumns() {
		return this.columns.stream().filter(column -> !this.optionalColumns.contains(column)).toList();
	}

	private static final class Columns {

		static final Set<String> PERIOD = Set.of("valid_from", "valid_to");

		/** {@code columns} and {@code more}. */
		static Set<String> optional(Set<String> columns, String... more) {
			Set<String> all = new java.util.HashSet<>(columns);
			all.addAll(List.of(more));
			return Set.copyOf(all);
		}

	}

}

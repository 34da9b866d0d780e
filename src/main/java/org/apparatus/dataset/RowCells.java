package org.apparatus.dataset;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apparatus.registry.Period;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to one row's cells that records a located problem for every bad cell and
 * keeps going, so that a planner sees all the problems of a file at once.
 */
final class RowCells {

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

	private final CsvRow row;

	private final List<DataSetProblem> problems;

	private boolean valid = true;

	RowCells(CsvRow row, List<DataSetProblem> problems) {
		this.row = row;
		this.problems = problems;
	}

	boolean valid() {
		return this.valid;
	}

	int line() {
		return this.row.line();
	}

	void problem(String column, String message) {
		this.problems.add(this.row.problem(column, message));
		this.valid = false;
	}

	@Nullable String optional(String column) {
		return this.row.get(column);
	}

	String required(String column) {
		String value = this.row.get(column);
		if (value == null) {
			problem(column, "a value is required");
			return "";
		}
		return value;
	}

	@Nullable String optionalCode(String column) {
		String value = this.row.get(column);
		if (value != null && !CODE.matcher(value).matches()) {
			problem(column, "\"" + value
					+ "\" is not a valid code (letters A-Z, digits, '_', '.' and '-', starting with a letter or digit)");
			return null;
		}
		return value;
	}

	String requiredCode(String column) {
		String value = optionalCode(column);
		if (value == null && this.row.get(column) == null) {
			problem(column, "a code is required");
		}
		return value == null ? "" : value;
	}

	/**
	 * A list of codes separated by {@code ;} (spaces around them do not count); empty
	 * when the cell is. Each malformed or repeated code is a problem of the cell.
	 */
	List<String> codeList(String column) {
		String value = this.row.get(column);
		if (value == null) {
			return List.of();
		}
		List<String> codes = new java.util.ArrayList<>();
		for (String part : value.split(";", -1)) {
			String code = part.strip();
			if (!CODE.matcher(code).matches()) {
				problem(column, "\"" + code + "\" in \"" + value
						+ "\" is not a valid code (a list of codes is separated by ';', each made of letters A-Z, digits, '_', '.' and '-')");
			}
			else if (codes.contains(code)) {
				problem(column, code + " is named twice");
			}
			else {
				codes.add(code);
			}
		}
		return List.copyOf(codes);
	}

	<E extends Enum<E>> @Nullable E requiredEnum(String column, Class<E> type) {
		String value = required(column);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
			problem(column, "unknown value \"" + value + "\"; expected one of " + allowed);
			return null;
		}
	}

	<E extends Enum<E>> @Nullable E optionalEnum(String column, Class<E> type) {
		return this.row.get(column) == null ? null : requiredEnum(column, type);
	}

	/**
	 * A list of enumeration values separated by {@code ;} (spaces around them do not
	 * count), as {@link #codeList} reads codes; empty when the cell is. Each unknown or
	 * repeated value is a problem of the cell. The values come back in the order of the
	 * enumeration, so that a list means the same whatever order it was written in.
	 */
	<E extends Enum<E>> List<E> enumList(String column, Class<E> type) {
		String value = this.row.get(column);
		if (value == null) {
			return List.of();
		}
		java.util.EnumSet<E> values = java.util.EnumSet.noneOf(type);
		for (String part : value.split(";", -1)) {
			String name = part.strip();
			try {
				if (!values.add(Enum.valueOf(type, name))) {
					problem(column, name + " is named twice");
				}
			}
			catch (IllegalArgumentException ex) {
				String allowed = Arrays.stream(type.getEnumConstants())
					.map(Enum::name)
					.collect(Collectors.joining(", "));
				problem(column, "unknown value \"" + name + "\" in \"" + value + "\"; expected one or more of "
						+ allowed + ", separated by ';'");
			}
		}
		return List.copyOf(values);
	}

	@Nullable LocalDate optionalDate(String column) {
		String value = this.row.get(column);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problem(column, "\"" + value + "\" is not a date in the form YYYY-MM-DD");
			return null;
		}
	}

	@Nullable LocalDate requiredDate(String column) {
		if (this.row.get(column) == null) {
			problem(column, "a date (YYYY-MM-DD) is required");
			return null;
		}
		return optionalDate(column);
	}

	/**
	 * The row's period ({@code valid_from}, {@code valid_to}; empty cells are open), or
	 * {@link Period#ALWAYS} when the file has no such columns.
	 */
	Period period() {
		LocalDate from = optionalDate("valid_from");
		LocalDate to = optionalDate("valid_to");
		if (from != null && to != null && !from.isBefore(to)) {
			problem("valid_to", "valid_to " + to + " must be after valid_from " + from
					+ " (a period holds from valid_from up to, not including, valid_to)");
		}
		return Period.of(from, to);
	}

	@Nullable Integer optionalNonNegativeInt(String column) {
		String value = this.row.get(column);
		if (value == null) {
			return null;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= 0) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problem(column, "\"" + value + "\" is not a whole number of 0 or more");
		return null;
	}

}

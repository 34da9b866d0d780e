package org.apparatus.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apparatus.dataset.DataSet.AdminUnitRow;
import org.apparatus.dataset.DataSet.AgencyRow;
import org.apparatus.dataset.DataSet.ChangeRow;
import org.apparatus.dataset.DataSet.FunctionLevelRow;
import org.apparatus.dataset.DataSet.FunctionRow;
import org.apparatus.dataset.DataSet.MandateRow;
import org.apparatus.dataset.DataSet.ReportingLineRow;
import org.apparatus.dataset.DataSet.ResponsibilityRow;
import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.AgencyStatus;
import org.apparatus.registry.ChangeKind;
import org.apparatus.registry.MandateKind;
import org.apparatus.registry.Period;
import org.apparatus.registry.ReportingLineKind;
import org.apparatus.registry.Role;
import org.apparatus.registry.Sector;
import org.apparatus.registry.UnitKind;
import org.jspecify.annotations.Nullable;

/**
 * Checks every row of a data set before anything is written: required cells,
 * enumerations, dates, codes, duplicates, references to codes in the set or in the store,
 * the order of admin levels, and cycles in the admin-unit and function trees and in the
 * chains of replaced mandates, and every change event against the periods
 * ({@link ChangeChecks}). All problems are collected, none is fatal alone.
 */
final class DataSetValidator {

	record Result(DataSet dataSet, List<DataSetProblem> problems) {
	}

	private record Located<T>(CsvRow row, T value) {
	}

	private final List<DataSetProblem> problems = new ArrayList<>();

	private final StoreSnapshot store;

	private DataSetValidator(CsvTableReader.Tables tables, StoreSnapshot store) {
		this.problems.addAll(tables.problems());
		this.store = store;
	}

	static Result validate(CsvTableReader.Tables tables, StoreSnapshot store) {
		return new DataSetValidator(tables, store).run(tables);
	}

	private Result run(CsvTableReader.Tables tables) {
		var units = periodsApart(
				unique(parse(tables.of(DataSetFile.ADMIN_UNITS), this::adminUnit),
						u -> List.of(u.code(), u.period().from()), "code"),
				AdminUnitRow::code, AdminUnitRow::period, "admin unit");
		var functions = unique(parse(tables.of(DataSetFile.FUNCTIONS), this::function), FunctionRow::code, "code");
		var mandates = unique(parse(tables.of(DataSetFile.MANDATES), this::mandate), MandateRow::code, "code");
		var agencies = periodsApart(unique(parse(tables.of(DataSetFile.AGENCIES), this::agency),
				a -> List.of(a.code(), a.period().from()), "code"), AgencyRow::code, AgencyRow::period, "agency");
		var lines = periodsApart(
				unique(parse(tables.of(DataSetFile.REPORTING_LINES), this::reportingLine), r -> r, null),
				l -> List.of(l.agencyCode(), l.superiorCode(), l.line()), ReportingLineRow::period, "reporting line");
		var responsibilities = periodsApart(
				unique(parse(tables.of(DataSetFile.RESPONSIBILITIES), this::responsibility),
						r -> List.of(r.agencyCode(), r.functionCode(), r.role(), String.valueOf(r.mandateCode()),
								r.period()),
						null),
				r -> List.of(r.agencyCode(), r.functionCode(), r.role()), ResponsibilityRow::period, "responsibility");
		var levels = periodsApart(
				unique(parse(tables.of(DataSetFile.FUNCTION_LEVELS), this::functionLevel),
						l -> List.of(l.functionCode(), l.level(), l.mandateCode(), l.period()), null),
				l -> List.of(l.functionCode(), l.level(), l.mandateCode()), FunctionLevelRow::period,
				"function-level rule");
		var changes = unique(parse(tables.of(DataSetFile.CHANGES), this::change), ChangeRow::code, "code");

		Map<String, AdminLevel> unitLevels = new HashMap<>(this.store.unitLevels());
		Map<String, Located<AdminUnitRow>> firstPeriod = new HashMap<>();
		for (var unit : units) {
			var first = firstPeriod.putIfAbsent(unit.value().code(), unit);
			if (first != null && first.value().level() != unit.value().level()) {
				this.problems.add(unit.row()
					.problem("level",
							unit.value().code() + " is a " + first.value().level() + " on line " + first.row().line()
									+ ": a unit keeps its level in every period (a new level is a new code)"));
			}
			unitLevels.putIfAbsent(unit.value().code(), unit.value().level());
		}
		Set<String> unitCodes = declared(this.store.unitLevels().keySet(), tables.of(DataSetFile.ADMIN_UNITS));
		Set<String> functionCodes = declared(this.store.functionCodes(), tables.of(DataSetFile.FUNCTIONS));
		Set<String> mandateCodes = declared(this.store.mandateCodes(), tables.of(DataSetFile.MANDATES));
		Set<String> agencyCodes = declared(this.store.agencyCodes(), tables.of(DataSetFile.AGENCIES));

		references(tables, DataSetFile.ADMIN_UNITS, "parent_code", unitCodes, "admin unit");
		references(tables, DataSetFile.FUNCTIONS, "parent_code", functionCodes, "function");
		references(tables, DataSetFile.AGENCIES, "admin_unit_code", unitCodes, "admin unit");
		references(tables, DataSetFile.REPORTING_LINES, "agency_code", agencyCodes, "agency");
		references(tables, DataSetFile.REPORTING_LINES, "superior_code", agencyCodes, "agency");
		references(tables, DataSetFile.RESPONSIBILITIES, "agency_code", agencyCodes, "agency");
		references(tables, DataSetFile.RESPONSIBILITIES, "function_code", functionCodes, "function");
		references(tables, DataSetFile.RESPONSIBILITIES, "mandate_code", mandateCodes, "mandate");
		references(tables, DataSetFile.FUNCTION_LEVELS, "function_code", functionCodes, "function");
		references(tables, DataSetFile.FUNCTION_LEVELS, "mandate_code", mandateCodes, "mandate");
		references(tables, DataSetFile.MANDATES, "replaced_by", mandateCodes, "mandate");
		Set<Integer> unresolved = changeReferences(tables, unitCodes, agencyCodes, functionCodes, mandateCodes);
		for (var unit : units) {
			String parent = unit.value().parentCode();
			AdminLevel parentLevel = parent == null ? null : unitLevels.get(parent);
			if (parentLevel != null && parentLevel.compareTo(unit.value().level()) >= 0) {
				this.problems.add(unit.row()
					.problem("parent_code", "a " + unit.value().level() + " cannot be part of " + parent + ", a "
							+ parentLevel + ": the parent must be of a higher level"));
			}
		}

		Map<String, List<Period>> unitLifetimes = lifetimes(this.store.unitPeriods(), units, AdminUnitRow::code,
				AdminUnitRow::period);
		Map<String, List<Period>> agencyLifetimes = lifetimes(this.store.agencyPeriods(), agencies, AgencyRow::code,
				AgencyRow::period);
		meets(units, AdminUnitRow::period, AdminUnitRow::parentCode, unitLifetimes, "parent_code", "admin unit");
		meets(agencies, AgencyRow::period, AgencyRow::adminUnitCode, unitLifetimes, "admin_unit_code", "admin unit");
		meets(lines, ReportingLineRow::period, ReportingLineRow::agencyCode, agencyLifetimes, "agency_code", "agency");
		meets(lines, ReportingLineRow::period, ReportingLineRow::superiorCode, agencyLifetimes, "superior_code",
				"agency");
		meets(responsibilities, ResponsibilityRow::period, ResponsibilityRow::agencyCode, agencyLifetimes,
				"agency_code", "agency");

		// A tree's shape is checked on its latest parents: levels already rule out a
		// cycle
		// of units across periods, and functions have no periods.
		Map<String, String> unitParents = new HashMap<>(this.store.unitParents());
		units.forEach(u -> putOrRemove(unitParents, u.value().code(), u.value().parentCode()));
		cycles(units, AdminUnitRow::code, unitParents, "parent_code", "cycle in the admin-unit tree");
		Map<String, String> functionParents = new HashMap<>(this.store.functionParents());
		functions.forEach(f -> putOrRemove(functionParents, f.value().code(), f.value().parentCode()));
		cycles(functions, FunctionRow::code, functionParents, "parent_code", "cycle in the function tree");
		Map<String, String> successors = new HashMap<>(this.store.mandateSuccessors());
		mandates.forEach(m -> putOrRemove(successors, m.value().code(), m.value().replacedBy()));
		cycles(mandates, MandateRow::code, successors, "replaced_by", "cycle of replacements");

		if (!changes.isEmpty()) {
			Map<String, List<StoreSnapshot.AgencyState>> agencyStates = new HashMap<>(this.store.agencyStates());
			Map<String, List<StoreSnapshot.AgencyState>> statesInSet = new HashMap<>();
			agencies.forEach(a -> statesInSet.computeIfAbsent(a.value().code(), c -> new ArrayList<>())
				.add(new StoreSnapshot.AgencyState(a.value().period(), a.value().status().name(), a.value().name())));
			agencyStates.putAll(statesInSet);
			// Responsibilities are most of a national set: gathered only for a TRANSFER.
			Supplier<List<StoreSnapshot.Holding>> holdings = () -> {
				List<StoreSnapshot.Holding> all = new ArrayList<>(this.store.holdings());
				responsibilities.forEach(r -> all.add(new StoreSnapshot.Holding(r.value().agencyCode(),
						r.value().functionCode(), r.value().period())));
				return all;
			};
			var checks = new ChangeChecks(agencyStates, unitLifetimes, unitLevels, holdings, functionParents,
					values(changes));
			changes.stream()
				.filter(c -> !unresolved.contains(c.row().line()))
				.forEach(c -> checks.check(c.value(), (column, message) -> this.problems
					.add(c.row().problem(column, c.value().kind() + ": " + message))));
		}

		var dataSet = new DataSet(values(units), values(functions), values(mandates), values(agencies), values(lines),
				values(responsibilities), values(levels), values(changes));
		this.problems.sort(java.util.Comparator.comparing((DataSetProblem p) -> fileOrder(p.file()))
			.thenComparingInt(DataSetProblem::line));
		return new Result(dataSet, List.copyOf(this.problems));
	}

	private @Nullable AdminUnitRow adminUnit(RowCells c) {
		var row = new AdminUnitRow(c.requiredCode("code"), c.required("name"), c.optional("name_en"),
				c.requiredEnum("level", AdminLevel.class), c.optionalEnum("kind", UnitKind.class),
				c.optionalCode("parent_code"), c.period());
		if (row.code().equals(row.parentCode())) {
			c.problem("parent_code", "an admin unit cannot be part of itself");
		}
		if (row.kind() != null && row.level() != null && row.kind().level() != row.level()) {
			c.problem("kind", "a " + row.level() + " cannot be a " + row.kind() + ", which is a kind of "
					+ row.kind().level() + "; a " + row.level() + " is " + kindsOf(row.level()));
		}
		return c.valid() ? row : null;
	}

	private @Nullable FunctionRow function(RowCells c) {
		var row = new FunctionRow(c.requiredCode("code"), c.required("name"), c.optional("name_en"),
				c.optionalCode("parent_code"), c.optional("cofog"));
		if (row.code().equals(row.parentCode())) {
			c.problem("parent_code", "a function cannot be part of itself");
		}
		return c.valid() ? row : null;
	}

	private @Nullable MandateRow mandate(RowCells c) {
		var row = new MandateRow(c.requiredCode("code"), c.requiredEnum("kind", MandateKind.class),
				c.optional("number"), c.required("title"), c.optional("issuer"), c.optionalDate("issued_on"),
				c.requiredDate("effective_from"), c.optionalDate("repealed_on"), c.optionalCode("replaced_by"));
		if (row.effectiveFrom() != null && row.repealedOn() != null && row.repealedOn().isBefore(row.effectiveFrom())) {
			c.problem("repealed_on",
					"repealed on " + row.repealedOn() + ", before it took effect on " + row.effectiveFrom());
		}
		if (row.replacedBy() != null && row.replacedBy().equals(row.code())) {
			c.problem("replaced_by", "a mandate cannot be replaced by itself");
		}
		else if (row.replacedBy() != null && c.optional("repealed_on") == null) {
			c.problem("replaced_by",
					"replaced_by needs repealed_on: a mandate still in force has not been replaced yet");
		}
		return c.valid() ? row : null;
	}

	private @Nullable AgencyRow agency(RowCells c) {
		var row = new AgencyRow(c.requiredCode("code"), c.required("name"), c.optional("name_en"),
				c.requiredEnum("sector", Sector.class), c.requiredEnum("kind", AgencyKind.class),
				c.requiredCode("admin_unit_code"), c.requiredEnum("status", AgencyStatus.class),
				c.optionalNonNegativeInt("staff_quota"), c.period());
		return c.valid() ? row : null;
	}

	private @Nullable ReportingLineRow reportingLine(RowCells c) {
		var row = new ReportingLineRow(c.requiredCode("agency_code"), c.requiredCode("superior_code"),
				c.requiredEnum("line", ReportingLineKind.class), c.period());
		if (c.valid() && row.agencyCode().equals(row.superiorCode())) {
			c.problem("superior_code", "an agency cannot report to itself");
		}
		return c.valid() ? row : null;
	}

	private @Nullable ResponsibilityRow responsibility(RowCells c) {
		var row = new ResponsibilityRow(c.requiredCode("agency_code"), c.requiredCode("function_code"),
				c.requiredEnum("role", Role.class), c.optionalCode("mandate_code"), c.optional("article"), c.period());
		if (row.mandateCode() == null && row.article() != null) {
			c.problem("article", "an article is a clause of a mandate: give the mandate_code too");
		}
		return c.valid() ? row : null;
	}

	private @Nullable FunctionLevelRow functionLevel(RowCells c) {
		var row = new FunctionLevelRow(c.requiredCode("function_code"), c.requiredEnum("level", AdminLevel.class),
				c.enumList("unit_kinds", UnitKind.class), c.requiredCode("mandate_code"), c.period());
		if (row.level() != null) {
			row.unitKinds()
				.stream()
				.filter(kind -> kind.level() != row.level())
				.forEach(kind -> c.problem("unit_kinds", kind + " is a kind of " + kind.level() + ", not of "
						+ row.level() + ": a rule of the " + row.level() + " level addresses " + kindsOf(row.level())));
		}
		return c.valid() ? row : null;
	}

	/** The kinds of unit of a level, said for a message: "one of A, B" or "no kind". */
	private static String kindsOf(AdminLevel level) {
		return UnitKind.of(level).isEmpty() ? "of no kind (leave the cell empty)" : UnitKind.describe(level);
	}

	private @Nullable ChangeRow change(RowCells c) {
		var row = new ChangeRow(c.requiredCode("code"), c.requiredDate("date"),
				c.requiredEnum("kind", ChangeKind.class), c.codeList("from_codes"), c.codeList("to_codes"),
				c.codeList("function_codes"), c.optionalCode("mandate_code"), c.optional("note"));
		return c.valid() ? row : null;
	}

	/**
	 * Checks the codes of every row of changes.csv, including rows rejected for another
	 * cell: from- and to-codes are agencies, or admin units for the kinds that change
	 * units (when the kind is readable). Returns the lines with an unknown code, whose
	 * consistency is not checked.
	 */
	private Set<Integer> changeReferences(CsvTableReader.Tables tables, Set<String> units, Set<String> agencies,
			Set<String> functions, Set<String> mandates) {
		Set<Integer> unresolved = new HashSet<>();
		for (CsvRow row : tables.of(DataSetFile.CHANGES)) {
			ChangeKind kind = null;
			try {
				kind = row.get("kind") == null ? null : ChangeKind.valueOf(row.get("kind"));
			}
			catch (IllegalArgumentException ex) {
				// reported by the parser
			}
			List<String[]> checked = new ArrayList<>();
			if (kind != null) {
				String what = kind.changesUnits() ? "admin unit" : "agency";
				checked.add(new String[] { "from_codes", what });
				checked.add(new String[] { "to_codes", what });
			}
			checked.add(new String[] { "function_codes", "function" });
			checked.add(new String[] { "mandate_code", "mandate" });
			for (String[] column : checked) {
				Set<String> known = switch (column[1]) {
					case "admin unit" -> units;
					case "agency" -> agencies;
					case "function" -> functions;
					default -> mandates;
				};
				String cell = row.get(column[0]);
				if (cell == null) {
					continue;
				}
				for (String part : column[0].equals("mandate_code") ? new String[] { cell } : cell.split(";")) {
					String code = part.strip();
					if (RowCells.CODE.matcher(code).matches() && !known.contains(code)) {
						unresolved.add(row.line());
						this.problems.add(row.problem(column[0],
								"unknown " + column[1] + " \"" + code + "\" (not in the data set or the store)"));
					}
				}
			}
		}
		return unresolved;
	}

	private <T> List<Located<T>> parse(List<CsvRow> rows, Function<RowCells, @Nullable T> parser) {
		List<Located<T>> parsed = new ArrayList<>(rows.size());
		for (CsvRow row : rows) {
			T value = parser.apply(new RowCells(row, this.problems));
			if (value != null) {
				parsed.add(new Located<>(row, value));
			}
		}
		return parsed;
	}

	/**
	 * Keeps the first of rows with the same key; the key is a code when
	 * {@code codeColumn} names it.
	 */
	private <T> List<Located<T>> unique(List<Located<T>> rows, Function<T, Object> key, @Nullable String codeColumn) {
		Map<Object, Integer> firstLine = new HashMap<>();
		List<Located<T>> kept = new ArrayList<>(rows.size());
		for (var row : rows) {
			Integer first = firstLine.putIfAbsent(key.apply(row.value()), row.row().line());
			if (first == null) {
				kept.add(row);
			}
			else {
				String what = codeColumn != null ? "duplicate code \"" + key.apply(row.value()) + "\""
						: "duplicate row";
				this.problems.add(row.row().problem(codeColumn, what + " (first on line " + first + ")"));
			}
		}
		return kept;
	}

	/**
	 * Reports rows of one thing (one code, one relation) whose periods overlap: on a day,
	 * a unit or an agency has one name, one parent, one quota. Keeps the rows that do
	 * not.
	 */
	private <T> List<Located<T>> periodsApart(List<Located<T>> rows, Function<T, Object> thing,
			Function<T, Period> period, String what) {
		Map<Object, List<Located<T>>> byThing = new HashMap<>();
		List<Located<T>> kept = new ArrayList<>(rows.size());
		for (var row : rows) {
			var earlier = byThing.computeIfAbsent(thing.apply(row.value()), t -> new ArrayList<>());
			Period mine = period.apply(row.value());
			var clash = earlier.stream()
				.filter(other -> !period.apply(other.value()).equals(mine)
						&& period.apply(other.value()).overlaps(mine))
				.findFirst();
			if (clash.isPresent()) {
				this.problems.add(row.row()
					.problem("valid_from",
							"the period " + mine + " of this " + what + " overlaps its period "
									+ period.apply(clash.get().value()) + " on line " + clash.get().row().line()
									+ ": periods of one " + what + " must not overlap"));
			}
			else {
				earlier.add(row);
				kept.add(row);
			}
		}
		return kept;
	}

	/**
	 * The periods of each code: those of the data set for the codes it names (an import
	 * replaces a code's periods), the store's for the others.
	 */
	private static <T> Map<String, List<Period>> lifetimes(Map<String, List<Period>> stored, List<Located<T>> rows,
			Function<T, String> code, Function<T, Period> period) {
		Map<String, List<Period>> inSet = new HashMap<>();
		rows.forEach(
				r -> inSet.computeIfAbsent(code.apply(r.value()), c -> new ArrayList<>()).add(period.apply(r.value())));
		Map<String, List<Period>> all = new HashMap<>(stored);
		all.putAll(inSet);
		return all;
	}

	/**
	 * Reports a row whose period never meets the lifetime of a unit or an agency it
	 * names: such a relation would hold on no day.
	 */
	private <T> void meets(List<Located<T>> rows, Function<T, Period> period, Function<T, @Nullable String> named,
			Map<String, List<Period>> lifetimes, String column, String what) {
		for (var row : rows) {
			String code = named.apply(row.value());
			List<Period> lifetime = code == null ? null : lifetimes.get(code);
			Period mine = period.apply(row.value());
			if (lifetime != null && lifetime.stream().noneMatch(mine::overlaps)) {
				this.problems.add(row.row()
					.problem(column,
							"the period " + mine + " of this row never meets the lifetime of " + what + " " + code
									+ " (" + lifetime.stream().map(Period::toString).collect(Collectors.joining(", "))
									+ "): it would hold on no day"));
			}
		}
	}

	/**
	 * Checks a reference column on every row, including rows rejected for another cell,
	 * so that a planner sees every problem of a row at once. Malformed codes were
	 * reported by the parser.
	 */
	private void references(CsvTableReader.Tables tables, DataSetFile file, String column, Set<String> known,
			String what) {
		for (CsvRow row : tables.of(file)) {
			String code = row.get(column);
			if (code != null && RowCells.CODE.matcher(code).matches() && !known.contains(code)) {
				this.problems.add(row.problem(column,
						"unknown " + what + " \"" + code + "\" (not in the data set or the store)"));
			}
		}
	}

	/**
	 * Follows each row's link ({@code parents}: the set's links over the store's) and
	 * reports a chain that comes back to the row, once per cycle.
	 */
	private <T> void cycles(List<Located<T>> rows, Function<T, String> code, Map<String, String> parents, String column,
			String cycle) {
		Set<String> reported = new HashSet<>();
		for (var row : rows) {
			String start = code.apply(row.value());
			if (reported.contains(start)) {
				continue;
			}
			Set<String> path = new LinkedHashSet<>();
			String current = start;
			while (current != null && path.add(current)) {
				current = parents.get(current);
			}
			if (start.equals(current)) {
				reported.addAll(path);
				this.problems.add(row.row().problem(column, cycle + ": " + String.join(" → ", path) + " → " + start));
			}
		}
	}

	/**
	 * Codes in the store and codes the data set declares, including those of rows with
	 * another problem, so that one bad cell is reported once and not again wherever the
	 * code is used.
	 */
	private static Set<String> declared(Set<String> stored, List<CsvRow> rows) {
		Set<String> all = new HashSet<>(stored);
		for (CsvRow row : rows) {
			String code = row.get("code");
			if (code != null && RowCells.CODE.matcher(code).matches()) {
				all.add(code);
			}
		}
		return all;
	}

	private static void putOrRemove(Map<String, String> parents, String code, @Nullable String parent) {
		if (parent == null) {
			parents.remove(code);
		}
		else {
			parents.put(code, parent);
		}
	}

	private static <T> List<T> values(List<Located<T>> rows) {
		return rows.stream().map(Located::value).toList();
	}

	private static int fileOrder(String fileName) {
		for (DataSetFile file : DataSetFile.values()) {
			if (file.fileName().equals(fileName)) {
				return file.ordinal();
			}
		}
		return -1;
	}

}

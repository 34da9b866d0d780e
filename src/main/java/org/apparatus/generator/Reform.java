package org.apparatus.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apparatus.generator.Row.AdminUnitRow;
import org.apparatus.generator.Row.AgencyRow;
import org.apparatus.generator.Row.MandateRow;
import org.apparatus.generator.Row.ReportingLineRow;
import org.apparatus.generator.Row.ResponsibilityRow;
import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.Period;
import org.apparatus.registry.Sector;

import static org.apparatus.generator.FunctionTree.DOMAINS;

/**
 * The reform every generated province goes through, on the days of the 2025 reform
 * (domain.md §8): on {@link #MERGER_DAY} some pairs of its departments merge into a new
 * department, and on {@link #DISTRICT_END} its district level ends. It gives the
 * province's rows their periods and lists the change events ({@code changes.csv}):
 *
 * <ul>
 * <li>a merger: both departments' rows end on the day; the merged department begins on it
 * with the union of their responsibilities (from the day) and their reporting lines, and
 * every line to either of them (sub-departments, centres, district offices) goes to it
 * from the day. One MERGE event.</li>
 * <li>the district level: every district's row and every district agency's row ends on
 * the day, and so do their responsibilities and every reporting line to or from them;
 * each commune gets a second row under the province from the day, and each commune body
 * that reported to a district body reports from the day to its province counterpart
 * (party committee, people's committee, front, police, military). One DISSOLVE event per
 * district (its agencies) and one LEVEL_ABOLISHED per province (its districts, taken over
 * by the province). The level rules of the district level end on the day too
 * ({@link FunctionTree}).</li>
 * </ul>
 *
 * Before {@link #MERGER_DAY} every row holds as it was laid out, so the planted problems
 * hold as of {@link #ANSWER_KEY_DAY}. Which pairs merge is drawn from a sequence of its
 * own for the seed and the province, so that the draws of the layout and the planters,
 * and thus the apparatus before the reform, are the same with or without it.
 */
final class Reform {

	/** The day the department mergers take effect (the first day of the new state). */
	static final LocalDate MERGER_DAY = LocalDate.of(2025, 3, 1);

	/** The day the district level ends (the first day without it). */
	static final LocalDate DISTRICT_END = LocalDate.of(2025, 7, 1);

	/** The day the answer key holds on: the last day before the reform. */
	static final LocalDate ANSWER_KEY_DAY = MERGER_DAY.minusDays(1);

	/** The (synthetic) resolution the mergers rest on. */
	static final String MERGER_MANDATE = "GEN-NQ-SX-2025";

	/** The (synthetic) law that ends the district level. */
	static final String DISTRICT_MANDATE = "GEN-L-CQDP-2025";

	/**
	 * The state domains whose departments may merge, in pairs, after the 2025 mergers:
	 * planning and investment with finance, transport with construction, agriculture with
	 * natural resources and environment, information and communications with science and
	 * technology, home affairs with labour.
	 */
	static final List<List<Integer>> PAIRS = List.of(List.of(11, 12), List.of(15, 16), List.of(14, 17), List.of(18, 21),
			List.of(9, 19));

	/** A district body's counterpart at the province, by code suffix. */
	private static final Map<String, String> PROVINCE_COUNTERPART = Map.of("HU", "TU", "UBND", "UBND", "MTTQ", "MTTQ",
			"CA", "CA", "QS", "QS");

	private Reform() {
	}

	/** The mandates the change events rest on. */
	static void writeMandates(RowWriter rows) {
		rows.write(
				new MandateRow(MERGER_MANDATE, "RESOLUTION", "GEN-NQ/2025", "Nghị quyết (tổng hợp) về sắp xếp các sở",
						"Quốc hội", LocalDate.of(2025, 2, 18), MERGER_DAY, null, null));
		rows.write(new MandateRow(DISTRICT_MANDATE, "LAW", "GEN-L/2025",
				"Luật (tổng hợp) tổ chức chính quyền địa phương hai cấp", "Quốc hội", LocalDate.of(2025, 6, 16),
				DISTRICT_END, null, null));
	}

	/**
	 * The pairs of domains whose departments merge in this province: two to five of
	 * {@link #PAIRS}, drawn from the seed and the province's number alone.
	 */
	static List<List<Integer>> mergers(long seed, int province) {
		var random = new Random(seed * 1_000_003L + province);
		List<List<Integer>> pairs = new ArrayList<>(PAIRS);
		Collections.shuffle(pairs, random);
		return List.copyOf(pairs.subList(0, 2 + random.nextInt(PAIRS.size() - 1)));
	}

	/** The code of the department two merge into: {@code P01-S11S12}. */
	static String mergedCode(String province, List<Integer> pair) {
		return province + String.format("-S%02dS%02d", pair.get(0), pair.get(1));
	}

	/**
	 * Writes the province's rows with their periods, and adds its change events to
	 * {@code events}.
	 */
	static void apply(Province province, long seed, RowWriter out, List<ChangeEventRow> events) {
		String p = province.code();
		// old department → the merged one
		Map<String, String> mergedInto = new HashMap<>();
		// merged department → the earlier and the later of its two departments
		Map<String, String> earlier = new HashMap<>();
		Map<String, String> later = new HashMap<>();
		for (List<Integer> pair : mergers(seed, province.number())) {
			String merged = mergedCode(p, pair);
			earlier.put(merged, department(p, pair.get(0)));
			later.put(merged, department(p, pair.get(1)));
			for (int domain : pair) {
				mergedInto.put(department(p, domain), merged);
			}
		}
		Set<String> districts = new HashSet<>();
		province.districts().forEach(d -> districts.add(d.code()));
		Map<String, List<String>> districtAgencies = new HashMap<>();
		Map<String, AgencyRow> agencies = new HashMap<>();
		for (Row row : province.rows()) {
			if (row instanceof AgencyRow agency) {
				agencies.put(agency.code(), agency);
				if (districts.contains(agency.unit())) {
					districtAgencies.computeIfAbsent(agency.unit(), d -> new ArrayList<>()).add(agency.code());
				}
			}
		}
		Set<String> ending = new HashSet<>();
		districtAgencies.values().forEach(ending::addAll);

		Set<ReportingLineRow> lines = new LinkedHashSet<>();
		for (Row row : province.rows()) {
			if (row instanceof AdminUnitRow unit) {
				adminUnit(unit, p, districts, out);
			}
			else if (row instanceof AgencyRow agency) {
				if (mergedInto.containsKey(agency.code())) {
					out.write(ended(agency, MERGER_DAY));
					String merged = mergedInto.get(agency.code());
					if (agency.code().equals(later.get(merged))) {
						out.write(mergedDepartment(merged, agencies.get(earlier.get(merged)), agency));
					}
				}
				else if (ending.contains(agency.code())) {
					out.write(ended(agency, DISTRICT_END));
				}
				else {
					out.write(agency);
				}
			}
			else if (row instanceof ReportingLineRow line) {
				lines.addAll(lines(line, p, mergedInto, ending));
			}
			else {
				out.write(row);
			}
		}
		lines.forEach(out::write);

		for (Unit unit : province.units()) {
			Set<ResponsibilityRow> merged = new LinkedHashSet<>();
			for (ResponsibilityRow row : unit.responsibilities()) {
				String into = mergedInto.get(row.agency());
				if (into != null) {
					out.write(ended(row, MERGER_DAY));
					merged.add(new ResponsibilityRow(into, row.function(), row.role(), row.mandate(), row.article(),
							Period.of(MERGER_DAY, null)));
				}
				else if (ending.contains(row.agency())) {
					out.write(ended(row, DISTRICT_END));
				}
				else {
					out.write(row);
				}
			}
			merged.forEach(out::write);
		}

		for (List<Integer> pair : mergers(seed, province.number())) {
			String merged = mergedCode(p, pair);
			events.add(new ChangeEventRow(eventCode(MERGER_DAY, merged), MERGER_DAY, "MERGE",
					List.of(department(p, pair.get(0)), department(p, pair.get(1))), List.of(merged), List.of(),
					MERGER_MANDATE, "Sở " + DOMAINS.get(pair.get(0)).name() + " và Sở "
							+ DOMAINS.get(pair.get(1)).name() + " hợp nhất"));
		}
		for (Unit district : province.districts()) {
			events.add(new ChangeEventRow(eventCode(DISTRICT_END, district.code()), DISTRICT_END, "DISSOLVE",
					districtAgencies.get(district.code()), List.of(), List.of(), DISTRICT_MANDATE,
					"các cơ quan cấp huyện kết thúc hoạt động"));
		}
		events.add(new ChangeEventRow(eventCode(DISTRICT_END, p), DISTRICT_END, "LEVEL_ABOLISHED",
				province.districts().stream().map(Unit::code).toList(), List.of(p), List.of(), DISTRICT_MANDATE,
				"kết thúc cấp huyện; các xã trực thuộc tỉnh"));
	}

	private static String department(String province, int domain) {
		return province + String.format("-S%02d", domain);
	}

	private static String eventCode(LocalDate day, String code) {
		return "EV_" + day.toString().replace('-', '_') + "_" + code;
	}

	private static void adminUnit(AdminUnitRow unit, String province, Set<String> districts, RowWriter out) {
		if (unit.level() == AdminLevel.DISTRICT) {
			out.write(new AdminUnitRow(unit.code(), unit.name(), unit.nameEn(), unit.level(), unit.parent(),
					Period.of(null, DISTRICT_END)));
		}
		else if (unit.level() == AdminLevel.COMMUNE && districts.contains(unit.parent())) {
			out.write(new AdminUnitRow(unit.code(), unit.name(), unit.nameEn(), unit.level(), unit.parent(),
					Period.of(null, DISTRICT_END)));
			out.write(new AdminUnitRow(unit.code(), unit.name(), unit.nameEn(), unit.level(), province,
					Period.of(DISTRICT_END, null)));
		}
		else {
			out.write(unit);
		}
	}

	/**
	 * The merged department of {@code a} and {@code b}: a state department of the
	 * province, named after both, with both staff quotas, from the merger day.
	 */
	private static AgencyRow mergedDepartment(String merged, AgencyRow a, AgencyRow b) {
		int first = Integer.parseInt(a.code().substring(a.code().length() - 2));
		int second = Integer.parseInt(b.code().substring(b.code().length() - 2));
		return new AgencyRow(merged,
				"Sở " + DOMAINS.get(first).name() + " và " + DOMAINS.get(second).name().toLowerCase() + " " + a.unit(),
				"Department of " + DOMAINS.get(first).nameEn() + " and " + DOMAINS.get(second).nameEn().toLowerCase()
						+ " of " + a.unit(),
				Sector.STATE, AgencyKind.DEPARTMENT, a.unit(), "ACTIVE", a.staffQuota() + b.staffQuota(),
				Period.of(MERGER_DAY, null));
	}

	/**
	 * A reporting line and the lines that follow it: to and from a merged department from
	 * the merger day, and from a commune body to the province from the end of the
	 * districts; lines to or from a district body end with it.
	 */
	private static List<ReportingLineRow> lines(ReportingLineRow line, String province, Map<String, String> mergedInto,
			Set<String> ending) {
		List<ReportingLineRow> lines = new ArrayList<>();
		if (mergedInto.containsKey(line.agency()) || mergedInto.containsKey(line.superior())) {
			lines.add(new ReportingLineRow(line.agency(), line.superior(), line.line(), Period.of(null, MERGER_DAY)));
			lines.add(new ReportingLineRow(mergedInto.getOrDefault(line.agency(), line.agency()),
					mergedInto.getOrDefault(line.superior(), line.superior()), line.line(),
					Period.of(MERGER_DAY, null)));
		}
		else {
			lines.add(line);
		}
		List<ReportingLineRow> result = new ArrayList<>();
		for (ReportingLineRow l : lines) {
			boolean agencyEnds = ending.contains(l.agency());
			boolean superiorEnds = ending.contains(l.superior());
			if (!agencyEnds && !superiorEnds) {
				result.add(l);
				continue;
			}
			result.add(new ReportingLineRow(l.agency(), l.superior(), l.line(), until(l.period(), DISTRICT_END)));
			if (!agencyEnds) {
				String suffix = l.superior().substring(l.superior().lastIndexOf('-') + 1);
				String counterpart = PROVINCE_COUNTERPART.get(suffix);
				if (counterpart == null) {
					throw new IllegalStateException("no province counterpart for " + l.superior());
				}
				result.add(new ReportingLineRow(l.agency(), province + "-" + counterpart, l.line(),
						Period.of(DISTRICT_END, null)));
			}
		}
		return result;
	}

	/** The period cut at {@code day}, if it went on after it. */
	private static Period until(Period period, LocalDate day) {
		return new Period(period.from(), period.to().isBefore(day) ? period.to() : day);
	}

	private static AgencyRow ended(AgencyRow row, LocalDate day) {
		return new AgencyRow(row.code(), row.name(), row.nameEn(), row.sector(), row.kind(), row.unit(), row.status(),
				row.staffQuota(), until(row.period(), day));
	}

	private static ResponsibilityRow ended(ResponsibilityRow row, LocalDate day) {
		return new ResponsibilityRow(row.agency(), row.function(), row.role(), row.mandate(), row.article(),
				until(row.period(), day));
	}

}

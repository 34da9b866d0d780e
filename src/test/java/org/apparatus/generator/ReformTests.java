package org.apparatus.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apparatus.dataset.DataSetFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated reform (department mergers on 2025-03-01, no districts from 2025-07-01),
 * read back from the files as a planner would: the apparatus before it is the one the
 * generator writes without it, its rows change on the reform days as data-format.md says,
 * and its change events meet the consistency rules of changes.csv (domain.md §8.2).
 * Import of changes.csv is not tested here.
 */
class ReformTests {

	static final LocalDate MERGER = LocalDate.of(2025, 3, 1);

	static final LocalDate NO_DISTRICTS = LocalDate.of(2025, 7, 1);

	@TempDir
	static Path temp;

	static Path with;

	static Path without;

	@BeforeAll
	static void generate() {
		with = temp.resolve("with");
		without = temp.resolve("without");
		SyntheticDataSetGenerator.generate(2, 5, with, true);
		SyntheticDataSetGenerator.generate(2, 5, without, false);
	}

	@Test
	void theReformDaysAreThoseOfTheAnswerKey() {
		assertThat(SyntheticDataSetGenerator.MERGER_DAY).isEqualTo(MERGER);
		assertThat(SyntheticDataSetGenerator.DISTRICT_END).isEqualTo(NO_DISTRICTS);
		assertThat(SyntheticDataSetGenerator.ANSWER_KEY_DAY).isEqualTo(LocalDate.of(2025, 2, 28));
	}

	/**
	 * On the last day before the reform every file holds the rows the generator writes
	 * without it (the period cells aside), and the planted problems are the same; only
	 * the two mandates of the reform are new.
	 */
	@Test
	void beforeTheReformTheApparatusIsTheOneWithoutIt() throws IOException {
		LocalDate day = MERGER.minusDays(1);
		for (DataSetFile file : DataSetFile.values()) {
			if (file == DataSetFile.CHANGES) {
				continue; // events say what happened on a day, not the state of one
			}
			List<String> before = new ArrayList<>();
			for (CSVRecord row : read(with.resolve(file.fileName()))) {
				if (!row.isMapped("valid_from") || holds(row, day)) {
					before.add(withoutPeriod(row));
				}
			}
			List<String> plain = read(without.resolve(file.fileName())).stream()
				.map(ReformTests::withoutPeriod)
				.toList();
			if (file == DataSetFile.MANDATES) {
				assertThat(before).containsAll(plain).hasSize(plain.size() + 2);
			}
			else {
				assertThat(before).as(file.fileName()).containsExactlyInAnyOrderElementsOf(plain);
			}
		}
		assertThat(Files.readString(with.resolve(SyntheticDataSetGenerator.PLANTED_FILE)))
			.isEqualTo(Files.readString(without.resolve(SyntheticDataSetGenerator.PLANTED_FILE)));
		assertThat(read(without.resolve("changes.csv"))).as("no change event without the reform").isEmpty();
	}

	/**
	 * Province 1's rows on the reform days, as data-format.md's example of the district
	 * tier ending writes them.
	 */
	@Test
	void districtsEndAndCommunesMoveToTheProvince() throws IOException {
		List<CSVRecord> units = read(with.resolve("admin-units.csv"));
		List<CSVRecord> districts = units.stream().filter(u -> u.get("code").matches("P01-D\\d\\d")).toList();
		assertThat(districts).hasSize(10)
			.allSatisfy(d -> assertThat(d.get("valid_to")).isEqualTo(NO_DISTRICTS.toString()));
		List<CSVRecord> commune = units.stream().filter(u -> u.get("code").equals("P01-D03-C02")).toList();
		assertThat(commune).extracting(u -> u.get("parent_code") + " " + u.get("valid_from") + "–" + u.get("valid_to"))
			.containsExactly("P01-D03 –2025-07-01", "P01 2025-07-01–");
		assertThat(commune).extracting(u -> u.get("name")).containsOnly("Xã 2 huyện 3 tỉnh 1");

		assertThat(read(with.resolve("agencies.csv")).stream()
			.filter(a -> a.get("admin_unit_code").matches("P0\\d-D\\d\\d"))
			.filter(a -> holds(a, NO_DISTRICTS))).as("no district body on 1 July").isEmpty();
		assertThat(read(with.resolve("responsibilities.csv")).stream()
			.filter(r -> r.get("agency_code").matches("P0\\d-D\\d\\d-[A-Z0-9]+"))
			.filter(r -> holds(r, NO_DISTRICTS))).as("no district responsibility on 1 July").isEmpty();

		List<String> lines = read(with.resolve("reporting-lines.csv")).stream()
			.filter(l -> l.get("agency_code").startsWith("P01-D03-C02-"))
			.filter(l -> holds(l, NO_DISTRICTS))
			.map(l -> l.get("agency_code") + " → " + l.get("superior_code") + " " + l.get("line"))
			.toList();
		assertThat(lines).contains("P01-D03-C02-UBND → P01-UBND ADMINISTRATIVE", "P01-D03-C02-DU → P01-TU PARTY",
				"P01-D03-C02-MTTQ → P01-MTTQ ADMINISTRATIVE", "P01-D03-C02-CA → P01-CA ADMINISTRATIVE",
				"P01-D03-C02-QS → P01-QS ADMINISTRATIVE", "P01-D03-C02-HDND → P01-D03-C02-DU PARTY");
		assertThat(lines).as("no line to a district body").noneMatch(l -> l.matches(".*→ P01-D03-(?!C02-).*"));

		assertThat(read(with.resolve("function-levels.csv"))).allSatisfy(rule -> assertThat(rule.get("valid_to"))
			.isEqualTo(rule.get("level").equals("DISTRICT") ? NO_DISTRICTS.toString() : ""));
	}

	/**
	 * Each merger: both departments end on 1 March, the merged one begins with both staff
	 * quotas, both sets of responsibilities, and every line that went to either.
	 */
	@Test
	void mergedDepartmentsTakeOverResponsibilitiesAndLines() throws IOException {
		List<CSVRecord> merges = read(with.resolve("changes.csv")).stream()
			.filter(e -> e.get("kind").equals("MERGE"))
			.toList();
		assertThat(merges).as("two to five per province").hasSizeBetween(4, 10);
		List<CSVRecord> agencies = read(with.resolve("agencies.csv"));
		List<CSVRecord> responsibilities = read(with.resolve("responsibilities.csv"));
		List<CSVRecord> lines = read(with.resolve("reporting-lines.csv"));
		for (CSVRecord merge : merges) {
			String[] from = merge.get("from_codes").split(";");
			String to = merge.get("to_codes");
			assertThat(to).isEqualTo(from[0] + from[1].substring(from[1].length() - 3));
			CSVRecord merged = only(agencies, to);
			assertThat(merged.get("valid_from")).isEqualTo(MERGER.toString());
			assertThat(merged.get("kind")).isEqualTo("DEPARTMENT");
			assertThat(Integer.parseInt(merged.get("staff_quota")))
				.isEqualTo(Integer.parseInt(only(agencies, from[0]).get("staff_quota"))
						+ Integer.parseInt(only(agencies, from[1]).get("staff_quota")));
			List<String> held = new ArrayList<>();
			List<String> superiorsOf = new ArrayList<>();
			for (String department : from) {
				assertThat(only(agencies, department).get("valid_to")).isEqualTo(MERGER.toString());
				responsibilities.stream()
					.filter(r -> r.get("agency_code").equals(department))
					.forEach(r -> held.add(r.get("function_code") + " " + r.get("role") + " " + r.get("mandate_code")));
				lines.stream()
					.filter(l -> l.get("superior_code").equals(department))
					.forEach(l -> superiorsOf.add(l.get("agency_code") + " " + l.get("line")));
			}
			assertThat(responsibilities.stream()
				.filter(r -> r.get("agency_code").equals(to))
				.map(r -> r.get("function_code") + " " + r.get("role") + " " + r.get("mandate_code"))
				.distinct()).containsExactlyInAnyOrderElementsOf(held.stream().distinct().toList());
			assertThat(lines.stream()
				.filter(l -> l.get("superior_code").equals(to))
				.map(l -> l.get("agency_code") + " " + l.get("line"))).containsExactlyInAnyOrderElementsOf(superiorsOf);
			assertThat(lines.stream().filter(l -> l.get("agency_code").equals(to)))
				.extracting(l -> l.get("superior_code") + " " + l.get("valid_from"))
				.containsExactly(to.substring(0, 3) + "-UBND " + MERGER);
		}
	}

	/**
	 * Every event meets the rules of changes.csv for its kind, read on the periods of the
	 * files: MERGE (from-bodies active the day before and not on the day, the merged body
	 * there on the day), DISSOLVE, LEVEL_ABOLISHED (units of one level there the day
	 * before and not on the day, the province there on it); codes unique, rows ordered by
	 * date and code, every mandate known.
	 */
	@Test
	void theChangeEventsAreConsistentWithThePeriods() throws IOException {
		Map<String, List<CSVRecord>> agencies = byCode(read(with.resolve("agencies.csv")), "code");
		Map<String, List<CSVRecord>> units = byCode(read(with.resolve("admin-units.csv")), "code");
		List<String> mandates = read(with.resolve("mandates.csv")).stream().map(m -> m.get("code")).toList();
		List<CSVRecord> events = read(with.resolve("changes.csv"));
		assertThat(events.get(0).getParser().getHeaderNames()).containsExactly("code", "date", "kind", "from_codes",
				"to_codes", "function_codes", "mandate_code", "note");
		assertThat(events).extracting(e -> e.get("code")).doesNotHaveDuplicates();
		assertThat(events).extracting(e -> e.get("date") + " " + e.get("code")).isSorted();
		assertThat(events).extracting(e -> e.get("kind")).containsOnly("MERGE", "DISSOLVE", "LEVEL_ABOLISHED");
		assertThat(events).filteredOn(e -> e.get("kind").equals("DISSOLVE")).hasSize(20);
		assertThat(events).filteredOn(e -> e.get("kind").equals("LEVEL_ABOLISHED")).hasSize(2);
		for (CSVRecord event : events) {
			LocalDate day = LocalDate.parse(event.get("date"));
			List<String> from = List.of(event.get("from_codes").split(";"));
			String to = event.get("to_codes");
			assertThat(mandates).contains(event.get("mandate_code"));
			assertThat(event.get("function_codes")).isEmpty();
			switch (event.get("kind")) {
				case "MERGE" -> {
					assertThat(from).hasSize(2).doesNotContain(to);
					from.forEach(a -> assertThat(active(agencies.get(a), day.minusDays(1))).as(a).isTrue());
					from.forEach(a -> assertThat(active(agencies.get(a), day)).as(a).isFalse());
					assertThat(on(agencies.get(to), day)).isNotNull();
				}
				case "DISSOLVE" -> {
					assertThat(to).isEmpty();
					assertThat(from).hasSize(21);
					from.forEach(a -> assertThat(active(agencies.get(a), day.minusDays(1))).as(a).isTrue());
					from.forEach(a -> assertThat(active(agencies.get(a), day)).as(a).isFalse());
				}
				default -> {
					assertThat(from).hasSize(10)
						.allSatisfy(
								u -> assertThat(on(units.get(u), day.minusDays(1)).get("level")).isEqualTo("DISTRICT"))
						.allSatisfy(u -> assertThat(on(units.get(u), day)).isNull());
					assertThat(on(units.get(to), day).get("level")).isEqualTo("PROVINCE");
				}
			}
		}
	}

	private static List<CSVRecord> read(Path file) throws IOException {
		try (var parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
			return parser.getRecords();
		}
	}

	private static String withoutPeriod(CSVRecord row) {
		List<String> cells = new ArrayList<>();
		row.toMap().forEach((column, cell) -> {
			if (!column.equals("valid_from") && !column.equals("valid_to")) {
				cells.add(column + "=" + cell);
			}
		});
		cells.sort(null);
		return String.join(",", cells);
	}

	private static boolean holds(CSVRecord row, LocalDate day) {
		String from = row.get("valid_from");
		String to = row.get("valid_to");
		return (from.isEmpty() || !day.isBefore(LocalDate.parse(from)))
				&& (to.isEmpty() || day.isBefore(LocalDate.parse(to)));
	}

	private static CSVRecord only(List<CSVRecord> rows, String code) {
		List<CSVRecord> found = rows.stream().filter(r -> r.get("code").equals(code)).toList();
		assertThat(found).as(code).hasSize(1);
		return found.get(0);
	}

	private static Map<String, List<CSVRecord>> byCode(List<CSVRecord> rows, String column) {
		Map<String, List<CSVRecord>> byCode = new HashMap<>();
		rows.forEach(r -> byCode.computeIfAbsent(r.get(column), c -> new ArrayList<>()).add(r));
		return byCode;
	}

	/** The period row of a code that holds on {@code day}, or null. */
	private static CSVRecord on(List<CSVRecord> periods, LocalDate day) {
		return periods.stream().filter(r -> holds(r, day)).findFirst().orElse(null);
	}

	private static boolean active(List<CSVRecord> periods, LocalDate day) {
		CSVRecord period = on(periods, day);
		return period != null && period.get("status").equals("ACTIVE");
	}

}

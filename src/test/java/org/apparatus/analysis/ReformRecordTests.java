package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.apparatus.audit.Attribution;
import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetSource;
import org.apparatus.dataset.ImportProgress;
import org.apparatus.registry.Agency;
import org.apparatus.registry.RegistryLookup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record of Bạc Liêu through the 2025 reform into Cà Mau (the shipped seed,
 * seed-data/): it imports without a problem, and each day sees the apparatus of that day
 * — the departments of 28 February, the merged ones of 1 March, the province of Cà Mau
 * from 1 July.
 */
@EmptyKnowledgeBase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReformRecordTests {

	static final LocalDate BEFORE = LocalDate.of(2025, 2, 28);

	static final LocalDate MERGED = LocalDate.of(2025, 3, 1);

	static final LocalDate TWO_TIERS = LocalDate.of(2025, 7, 1);

	@Autowired
	DataSetService dataSets;

	@Autowired
	RegistryLookup registry;

	@Autowired
	Driver driver;

	@Autowired
	AnalysisService analysis;

	@Autowired
	DayComparison days;

	/**
	 * The codes that exist on the day read (the others come with their nearest period).
	 */
	private static List<String> existing(Map<String, Agency> agencies) {
		return agencies.values().stream().filter(Agency::exists).map(Agency::code).toList();
	}

	/**
	 * The tests only read: the seed is imported once for all of them.
	 */
	@BeforeAll
	void importTheSeed() {
		StoreCleaner.wipe(this.driver);
		this.dataSets.importFrom(DataSetSource.location("classpath:seed-data/"), ImportProgress.NONE,
				Attribution.commandLine("test"));
	}

	@Test
	void eachDaySeesTheApparatusOfThatDay() {
		List<String> departments = List.of("BL_SKHDT", "BL_STC", "BL_SNNPTNT", "BL_STNMT", "BL_SNNMT");
		assertThat(existing(this.registry.agencies(departments, BEFORE))).containsExactlyInAnyOrder("BL_SKHDT",
				"BL_STC", "BL_SNNPTNT", "BL_STNMT");
		assertThat(existing(this.registry.agencies(departments, MERGED))).containsExactlyInAnyOrder("BL_STC",
				"BL_SNNMT");
		assertThat(this.registry.units(List.of("BL", "CM"), BEFORE))
			.allSatisfy((code, unit) -> assertThat(unit.exists()).as(code).isEqualTo(code.equals("BL")));
		assertThat(this.registry.units(List.of("BL", "CM"), TWO_TIERS))
			.allSatisfy((code, unit) -> assertThat(unit.exists()).as(code).isEqualTo(code.equals("CM")));
	}

	/**
	 * The findings of each day as docs/findings-seed.md classifies them, every one real:
	 * on 28 February 2025 ten duplications (FIN.CAPEX, TRANS.ENFORCE, FOOD.INSPECT,
	 * EDU.CENTER in each of the seven districts) and one merger candidate (planning and
	 * finance); no ward GAP (the new-rural programme and rural roads are required of xã
	 * and thị trấn only) and no vertical overlap of urban or rural development (a
	 * DISTRICT rule for each, every district leading it); the restructuring of 1 March
	 * 2025 resolves all but FOOD.INSPECT; from 1 July 2025 Cà Mau has that one,
	 * food-safety inspection led by three departments.
	 */
	@Test
	void theRecordedReformResolvesTheDuplicationsItWasMadeFor() {

		assertThat(byRule(BEFORE)).containsExactlyInAnyOrderEntriesOf(Map.of("DUPLICATE", 10L, "MERGER_CANDIDATE", 1L));
		assertThat(byRule(MERGED)).containsExactlyInAnyOrderEntriesOf(Map.of("DUPLICATE", 1L));
		assertThat(duplicated(BEFORE)).containsExactlyInAnyOrder("FIN.CAPEX", "TRANS.ENFORCE", "FOOD.INSPECT",
				"EDU.CENTER", "EDU.CENTER", "EDU.CENTER", "EDU.CENTER", "EDU.CENTER", "EDU.CENTER", "EDU.CENTER");
		assertThat(duplicated(MERGED)).containsExactly("FOOD.INSPECT");
		assertThat(byRule(TWO_TIERS)).containsExactlyInAnyOrderEntriesOf(Map.of("DUPLICATE", 1L));
		assertThat(this.analysis.analyze(new AnalysisRequest(TWO_TIERS, List.of(), null)).findings()).singleElement()
			.satisfies(f -> assertThat(f.agencies()).containsExactlyInAnyOrder("CM_SCT", "CM_SNNMT", "CM_SYT"));
	}

	/**
	 * The five pairs of departments Bạc Liêu merged on 1 March 2025 each rank in the top
	 * ten of the merger score on the day before (docs/rules.md, "Measured"), a pair's
	 * place being one more than the number of pairs that score strictly more; planning
	 * and finance first, and the only one above the threshold.
	 */
	@Test
	void eachRealMergerOf2025RanksInTheTopTenTheDayBefore() {
		List<Finding> ranked = this.analysis
			.analyze(new AnalysisRequest(BEFORE, List.of("MERGER_CANDIDATE"), "BL", 0.0001))
			.findings();
		Map<List<String>, Integer> places = new java.util.HashMap<>();
		for (Finding pair : ranked) {
			long higher = ranked.stream().filter(other -> other.score() > pair.score()).count();
			places.put(pair.agencies().stream().sorted().toList(), (int) higher + 1);
		}
		List<List<String>> merged = List.of(List.of("BL_SKHDT", "BL_STC"), List.of("BL_SGTVT", "BL_SXD"),
				List.of("BL_SNNPTNT", "BL_STNMT"), List.of("BL_SKHCN", "BL_STTTT"), List.of("BL_SLDTBXH", "BL_SNV"));
		assertThat(merged).allSatisfy(pair -> assertThat(places.get(pair)).as("place of %s", pair).isBetween(1, 10));
		assertThat(places.get(merged.get(0))).isEqualTo(1);
		assertThat(
				this.analysis.analyze(new AnalysisRequest(BEFORE, List.of("MERGER_CANDIDATE"), "BL", null)).findings())
			.singleElement()
			.satisfies(f -> assertThat(f.agencies()).containsExactly("BL_SKHDT", "BL_STC"));
	}

	/**
	 * On 1 July 2025 each of Bạc Liêu's communes became the unit Nghị quyết
	 * 1655/NQ-UBTVQH15 forms from it — here those of Hòa Bình, Vĩnh Lợi, Phước Long and
	 * Đông Hải (Điều 1 khoản 44–47 and 49–54, read from the resolution's text; a planner
	 * comparing the two days sees each old commune in the new one).
	 */
	@Test
	void eachCommuneBecameTheUnitTheResolutionFormsFromIt() {
		// khoản 44 to 47 and 49 to 54, in that order
		Map<String, String> resolution = new java.util.TreeMap<>();
		List.of("BL.DH.LDD", "BL.DH.LDDA").forEach(c -> resolution.put(c, "CM.XDONGHAI"));
		List.of("BL.HB.HB", "BL.HB.VMA", "BL.VL.LT").forEach(c -> resolution.put(c, "CM.XHOABINH"));
		List.of("BL.HB.MD", "BL.HB.VB", "BL.HB.VMB").forEach(c -> resolution.put(c, "CM.XVINHMY"));
		List.of("BL.HB.VT", "BL.HB.VHA", "BL.HB.VH").forEach(c -> resolution.put(c, "CM.XVINHHAU"));
		List.of("BL.PL.XPL", "BL.PL.VPT").forEach(c -> resolution.put(c, "CM.XVINHPHUOC"));
		List.of("BL.PL.PTTA", "BL.PL.PTTB").forEach(c -> resolution.put(c, "CM.XPHONGHIEP"));
		List.of("BL.PL.HP", "BL.PL.VT").forEach(c -> resolution.put(c, "CM.XVINHTHANH"));
		List.of("BL.VL.CH", "BL.VL.CHA").forEach(c -> resolution.put(c, "CM.XVINHLOI"));
		List.of("BL.VL.HT", "BL.VL.HH").forEach(c -> resolution.put(c, "CM.XHUNGHOI"));
		List.of("BL.VL.VH", "BL.VL.VHA", "BL.VL.CT").forEach(c -> resolution.put(c, "CM.XCHAUTHOI"));
		Map<String, List<String>> became = new java.util.TreeMap<>();
		this.days.compare(TWO_TIERS.minusDays(1), TWO_TIERS, "BL")
			.unitsEnded()
			.stream()
			.filter(u -> resolution.containsKey(u.code()))
			.forEach(u -> became.put(u.code(), u.became()));
		assertThat(became).hasSameSizeAs(resolution)
			.allSatisfy((old, units) -> assertThat(units).as(old).containsExactly(resolution.get(old)));
	}

	/**
	 * From 2019 the record's earlier days find what 28 February 2025 finds, and nothing
	 * more: each law the bodies cite on those days is the one in force then (the
	 * predecessors of the laws of 2018–2023 are entered, docs/seed-data.md), so no task
	 * is unfounded for want of the law that came later and no level is left without a
	 * lead.
	 */
	@Test
	void theYearsBeforeTheReformFindTheSameRealProblemsAndNoArtefacts() {
		Set<String> before = ids(BEFORE);
		for (LocalDate day : List.of(LocalDate.of(2019, 6, 1), LocalDate.of(2020, 6, 1), LocalDate.of(2021, 6, 1),
				LocalDate.of(2023, 6, 1))) {
			assertThat(byRule(day)).as("findings on %s", day)
				.containsExactlyInAnyOrderEntriesOf(Map.of("DUPLICATE", 10L, "MERGER_CANDIDATE", 1L));
			assertThat(ids(day)).as("the same findings on %s as on %s", day, BEFORE).isEqualTo(before);
		}
	}

	private Set<String> ids(LocalDate day) {
		return this.analysis.analyze(new AnalysisRequest(day, List.of(), null))
			.findings()
			.stream()
			.map(Finding::id)
			.collect(java.util.stream.Collectors.toSet());
	}

	@Test
	void todaysAnalysisOfCaMauCitesOnlyInstrumentsInForce() {
		LocalDate today = this.analysis.defaultParameters().asOf();
		List<String> cited = this.analysis.analyze(new AnalysisRequest(today, List.of(), null))
			.findings()
			.stream()
			.flatMap(f -> f.mandates().stream())
			.distinct()
			.toList();
		assertThat(cited).isNotEmpty();
		try (var session = this.driver.session()) {
			List<String> notInForce = session
				.run("MATCH (m:Mandate) WHERE m.code IN $codes AND NOT (m.effectiveFrom <= $day "
						+ "AND (m.repealedOn IS NULL OR m.repealedOn > $day)) RETURN m.code AS code",
						Map.of("codes", cited, "day", today))
				.list(r -> r.get("code").asString());
			assertThat(notInForce).isEmpty();
		}
	}

	private Map<String, Long> byRule(LocalDate day) {
		return this.analysis.analyze(new AnalysisRequest(day, List.of(), null))
			.findings()
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(Finding::rule, java.util.stream.Collectors.counting()));
	}

	private List<String> duplicated(LocalDate day) {
		return this.analysis.analyze(new AnalysisRequest(day, List.of("DUPLICATE"), null))
			.findings()
			.stream()
			.flatMap(f -> f.functions().stream())
			.toList();
	}

}

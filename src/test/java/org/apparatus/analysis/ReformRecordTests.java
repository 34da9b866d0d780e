package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.apparatus.audit.Attribution;
import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetSource;
import org.apparatus.dataset.ImportProgress;
import org.apparatus.registry.Agency;
import org.apparatus.registry.RegistryLookup;
import org.junit.jupiter.api.Test;
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

	/**
	 * The codes that exist on the day read (the others come with their nearest period).
	 */
	private static List<String> existing(Map<String, Agency> agencies) {
		return agencies.values().stream().filter(Agency::exists).map(Agency::code).toList();
	}

	@Test
	void eachDaySeesTheApparatusOfThatDay() {
		StoreCleaner.wipe(this.driver);
		this.dataSets.importFrom(DataSetSource.location("classpath:seed-data/"), ImportProgress.NONE,
				Attribution.commandLine("test"));

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
	 * The findings of each day as docs/findings-seed.md classifies them: on 28 February
	 * 2025 ten real duplications (FIN.CAPEX, TRANS.ENFORCE, FOOD.INSPECT, EDU.CENTER in
	 * each of the seven districts) and 7 artefacts still to fix (vertical overlaps: one
	 * per district); the ward GAPs are gone, the new-rural programme and rural roads
	 * being required of xã and thị trấn only (unit kinds); the restructuring of 1 March
	 * 2025 resolves FIN.CAPEX, TRANS.ENFORCE and EDU.CENTER; from 1 July 2025 Cà Mau has
	 * one, food-safety inspection led by three departments.
	 */
	@Test
	void theRecordedReformResolvesTheDuplicationsItWasMadeFor() {
		StoreCleaner.wipe(this.driver);
		this.dataSets.importFrom(DataSetSource.location("classpath:seed-data/"), ImportProgress.NONE,
				Attribution.commandLine("test"));

		assertThat(byRule(BEFORE)).containsExactlyInAnyOrderEntriesOf(Map.of("DUPLICATE", 10L, "OVERLAP_VERTICAL", 7L));
		assertThat(byRule(MERGED)).containsExactlyInAnyOrderEntriesOf(Map.of("DUPLICATE", 1L, "OVERLAP_VERTICAL", 7L));
		assertThat(duplicated(BEFORE)).containsExactlyInAnyOrder("FIN.CAPEX", "TRANS.ENFORCE", "FOOD.INSPECT",
				"EDU.CENTER", "EDU.CENTER", "EDU.CENTER", "EDU.CENTER", "EDU.CENTER", "EDU.CENTER", "EDU.CENTER");
		assertThat(duplicated(MERGED)).containsExactly("FOOD.INSPECT");
		assertThat(byRule(TWO_TIERS)).containsExactlyInAnyOrderEntriesOf(Map.of("DUPLICATE", 1L));
		assertThat(this.analysis.analyze(new AnalysisRequest(TWO_TIERS, List.of(), null)).findings()).singleElement()
			.satisfies(f -> assertThat(f.agencies()).containsExactlyInAnyOrder("CM_SCT", "CM_SNNMT", "CM_SYT"));
	}

	@Test
	void todaysAnalysisOfCaMauCitesOnlyInstrumentsInForce() {
		StoreCleaner.wipe(this.driver);
		this.dataSets.importFrom(DataSetSource.location("classpath:seed-data/"), ImportProgress.NONE,
				Attribution.commandLine("test"));
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

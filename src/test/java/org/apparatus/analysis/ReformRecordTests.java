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

}

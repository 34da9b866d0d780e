package org.apparatus.generator;

import java.nio.file.Path;
import java.util.Map;

import org.apparatus.dataset.DataSetFile;
import org.apparatus.dataset.TestDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator is deterministic for a seed and plants a known number of problems of each
 * rule.
 */
class SyntheticDataSetGeneratorTests {

	static final String[] RULES = { "DUPLICATE", "OVERLAP_NESTED", "OVERLAP_VERTICAL", "GAP", "NO_LEAD", "UNFOUNDED",
			"INACTIVE_HOLDER", "IDLE_AGENCY", "ORPHAN_AGENCY", "MULTIPLE_SUPERIORS", "REPORTING_CYCLE",
			"SELF_INSPECTION", "MERGER_CANDIDATE" };

	@TempDir
	Path temp;

	@Test
	void theSameSeedWritesTheSameFiles() {
		SyntheticDataSetGenerator.generate(2, 42, this.temp.resolve("a"));
		SyntheticDataSetGenerator.generate(2, 42, this.temp.resolve("b"));
		assertThat(TestDataSet.read(this.temp.resolve("a"))).isEqualTo(TestDataSet.read(this.temp.resolve("b")));
	}

	@Test
	void anotherSeedWritesAnotherSet() {
		SyntheticDataSetGenerator.generate(1, 1, this.temp.resolve("a"));
		SyntheticDataSetGenerator.generate(1, 2, this.temp.resolve("b"));
		assertThat(TestDataSet.read(this.temp.resolve("a"))).isNotEqualTo(TestDataSet.read(this.temp.resolve("b")));
	}

	@Test
	void everyRuleHasPlantedProblemsInEveryProvince() {
		var generated = SyntheticDataSetGenerator.generate(3, 9, this.temp);
		Map<String, Long> byRule = generated.plantedByRule();
		assertThat(byRule).containsOnlyKeys(RULES);
		assertThat(byRule.get("UNFOUNDED")).isEqualTo(6);
		assertThat(byRule.get("GAP")).isEqualTo(3);
		assertThat(byRule.get("DUPLICATE")).as("one direct, and one per task of each merger pair").isGreaterThan(3);
		for (var problem : generated.planted()) {
			assertThat(problem.unitCodes()).isNotEmpty();
			assertThat(problem.unitCodes().get(0)).matches("P0[1-3].*");
		}
	}

	@Test
	void aProvinceHasAboutAThousandAgenciesAndFortyThousandResponsibilities() {
		var generated = SyntheticDataSetGenerator.generate(1, 1, this.temp);
		assertThat(generated.rows().get(DataSetFile.AGENCIES)).isBetween(850L, 1100L);
		assertThat(generated.responsibilities()).isBetween(34_000L, 45_000L);
		assertThat(generated.rows().get(DataSetFile.FUNCTIONS)).isEqualTo(600L);
	}

}

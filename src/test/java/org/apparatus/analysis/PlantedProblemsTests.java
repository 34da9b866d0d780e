package org.apparatus.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.apparatus.audit.Attribution;
import org.apparatus.benchmark.MergerCrossCheck;
import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetSource;
import org.apparatus.dataset.ImportProgress;
import org.apparatus.generator.GeneratedDataSet;
import org.apparatus.generator.PlantedProblem;
import org.apparatus.generator.SyntheticDataSetGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a generated data set, which is clean by construction apart from the problems planted
 * in it, the analysis finds every planted problem and nothing else; MERGER_CANDIDATE,
 * which looks only at pairs that share a lead, agrees with a comparison of every pair.
 */
@EmptyKnowledgeBase
class PlantedProblemsTests {

	@Autowired
	DataSetService dataSets;

	@Autowired
	AnalysisService analysis;

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	Driver driver;

	@TempDir
	Path temp;

	@Test
	void everyPlantedProblemIsFoundAndNothingElse() {
		StoreCleaner.wipe(this.driver);
		GeneratedDataSet generated = SyntheticDataSetGenerator.generate(2, 7, this.temp);
		this.dataSets.importFrom(DataSetSource.folder(this.temp), ImportProgress.NONE, Attribution.commandLine("test"));

		Analysis result = this.analysis.analyze(AnalysisRequest.everything());

		assertThat(result.rules()).hasSize(13);
		assertThat(signatures(result.findings())).containsExactlyInAnyOrderElementsOf(planted(generated.planted()));
		assertThat(result.countByRule().values()).allSatisfy(count -> assertThat(count).isPositive());

		var check = this.beans.createBean(MergerCrossCheck.class).check(5000);
		assertThat(check.agencies()).as("every active agency of the set").isGreaterThan(1900);
		assertThat(check.candidates()).isEqualTo(2);
		assertThat(check.differences()).as("rule and brute force agree").isEmpty();
	}

	private static List<String> signatures(List<Finding> findings) {
		List<String> signatures = new ArrayList<>();
		for (Finding f : findings) {
			signatures.add(signature(f.rule(), f.primaryUnit(), f.agencies(), f.functions()));
		}
		return signatures;
	}

	private static List<String> planted(List<PlantedProblem> problems) {
		List<String> signatures = new ArrayList<>();
		for (PlantedProblem p : problems) {
			signatures.add(signature(p.rule(), p.unitCodes().get(0), p.agencyCodes(), p.functionCodes()));
		}
		return signatures;
	}

	private static String signature(String rule, String unit, List<String> agencies, List<String> functions) {
		return rule + " in " + unit + " agencies " + new TreeSet<>(agencies) + " functions " + new TreeSet<>(functions);
	}

}

package org.apparatus.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
 * in it, the analysis finds every planted problem and nothing else as of the answer key's
 * day, the last day before the generated reform, and the same problems after it;
 * MERGER_CANDIDATE, which looks only at pairs that share a lead, agrees with a comparison
 * of every pair.
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

		Analysis result = this.analysis
			.analyze(new AnalysisRequest(SyntheticDataSetGenerator.ANSWER_KEY_DAY, List.of(), null));

		assertThat(result.rules()).hasSize(13);
		assertThat(signatures(result.findings())).containsExactlyInAnyOrderElementsOf(planted(generated.planted()));
		assertThat(result.countByRule().values()).allSatisfy(count -> assertThat(count).isPositive());

		var check = this.beans.createBean(MergerCrossCheck.class).check(5000, SyntheticDataSetGenerator.ANSWER_KEY_DAY);
		assertThat(check.agencies()).as("every active agency of the set").isGreaterThan(1900);
		assertThat(check.candidates()).isEqualTo(2);
		assertThat(check.differences()).as("rule and brute force agree").isEmpty();

	}

	/**
	 * The generator's reform (changes.csv, read here as a file: the import of events is
	 * not what this tests) leaves the apparatus as clean as before: on the merger day the
	 * same problems are found, with each merged department in place of the two it was; on
	 * the first day without districts, also the problems of district units are gone with
	 * them (MULTIPLE_SUPERIORS is planted in a district), and nothing else changes: the
	 * merged body took over the responsibilities and reporting lines, and the communes
	 * report to the province.
	 */
	@Test
	void afterTheReformThePlantedProblemsAreFoundOnTheMergedBodiesAndWithoutTheDistricts() throws IOException {
		StoreCleaner.wipe(this.driver);
		GeneratedDataSet generated = SyntheticDataSetGenerator.generate(2, 7, this.temp);
		this.dataSets.importFrom(DataSetSource.folder(this.temp), ImportProgress.NONE, Attribution.commandLine("test"));
		Map<String, String> mergedInto = new HashMap<>();
		Set<String> abolished = new HashSet<>();
		try (var parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(Files.newBufferedReader(this.temp.resolve("changes.csv")))) {
			for (CSVRecord event : parser) {
				if (event.get("kind").equals("MERGE")) {
					assertThat(event.get("date")).isEqualTo(SyntheticDataSetGenerator.MERGER_DAY.toString());
					for (String from : event.get("from_codes").split(";")) {
						mergedInto.put(from, event.get("to_codes"));
					}
				}
				else if (event.get("kind").equals("LEVEL_ABOLISHED")) {
					assertThat(event.get("date")).isEqualTo(SyntheticDataSetGenerator.DISTRICT_END.toString());
					abolished.addAll(List.of(event.get("from_codes").split(";")));
				}
			}
		}
		assertThat(mergedInto).as("two to five pairs per province").hasSizeBetween(8, 20);
		assertThat(abolished).as("ten districts per province").hasSize(20);

		List<String> afterMergers = new ArrayList<>();
		List<String> withoutDistricts = new ArrayList<>();
		for (PlantedProblem p : generated.planted()) {
			List<String> agencies = p.agencyCodes().stream().map(a -> mergedInto.getOrDefault(a, a)).toList();
			String signature = signature(p.rule(), p.unitCodes().get(0), agencies, p.functionCodes());
			afterMergers.add(signature);
			if (!abolished.contains(p.unitCodes().get(0))) {
				withoutDistricts.add(signature);
			}
		}
		assertThat(withoutDistricts).as("the MULTIPLE_SUPERIORS plant of each province is in a district")
			.hasSize(afterMergers.size() - 2);

		assertThat(signatures(findingsOn(SyntheticDataSetGenerator.MERGER_DAY)))
			.containsExactlyInAnyOrderElementsOf(afterMergers);
		assertThat(signatures(findingsOn(SyntheticDataSetGenerator.DISTRICT_END)))
			.containsExactlyInAnyOrderElementsOf(withoutDistricts);
	}

	private List<Finding> findingsOn(LocalDate day) {
		return this.analysis.analyze(new AnalysisRequest(day, List.of(), null)).findings();
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

package org.apparatus.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.apparatus.audit.Attribution;
import org.apparatus.dataset.DataSetFile;
import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetSource;
import org.apparatus.dataset.ImportProgress;
import org.apparatus.dataset.TestDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code export --as-of}: the state of one day as a data set of the first format, which
 * imported on its own gives the findings of that day that the full record gives. The
 * record is {@link TimeTests}' province through the 2025 reform; the expected rows of the
 * merger day and of the first day of two tiers are read off its periods by hand.
 */
@EmptyKnowledgeBase
class DayExportTests {

	@Autowired
	DataSetService dataSets;

	@Autowired
	AnalysisService analysis;

	@Autowired
	Driver driver;

	@TempDir
	Path temp;

	@Test
	void theMergerDayIsEachBodyOnceWithWhatHeldThatDayAndNoPeriods() {
		load(TimeTests.reform().writeTo(this.temp.resolve("record")));
		Map<String, String> day = TestDataSet.read(export(TimeTests.MERGER_DAY));

		assertThat(day.keySet()).containsExactly("admin-units.csv", "agencies.csv", "function-levels.csv",
				"functions.csv", "mandates.csv", "reporting-lines.csv", "responsibilities.csv");
		assertThat(day.get("admin-units.csv")).isEqualTo("""
				code,name,name_en,level,kind,parent_code
				C1,Xã Một,Commune One,COMMUNE,,D
				C2,Phường Hai,Ward Two,COMMUNE,,D
				D,Huyện Một,District One,DISTRICT,,P
				P,Tỉnh Thử,Test Province,PROVINCE,,
				""");
		assertThat(day.get("agencies.csv"))
			.startsWith("code,name,name_en,sector,kind,admin_unit_code,status,staff_quota\n")
			.contains("\nSAB,Sở A-B,Department A-B,STATE,DEPARTMENT,P,ACTIVE,50\n")
			.contains("\nSB,Sở B,Department B,STATE,DEPARTMENT,P,MERGED,\n")
			.doesNotContain("\nSA,");
		assertThat(day.get("agencies.csv").lines()).hasSize(1 + 9);
		assertThat(day.get("reporting-lines.csv")).as("X_TT's line ended with SA; C2's second line begins in June")
			.isEqualTo("""
					agency_code,superior_code,line
					C1_UBND,D_UBND,ADMINISTRATIVE
					C2_UBND,D_UBND,ADMINISTRATIVE
					D_PHONG,D_UBND,ADMINISTRATIVE
					D_UBND,P_UBND,ADMINISTRATIVE
					P_UBND,P_HDND,ACCOUNTABLE
					SAB,P_UBND,ADMINISTRATIVE
					SB,P_UBND,ADMINISTRATIVE
					""");
		assertThat(day.get("responsibilities.csv")).startsWith("agency_code,function_code,role,mandate_code,article\n")
			.contains("\nSB,G,LEAD,M-LAW,\n", "\nC1_UBND,F.T2,LEAD,M-OLD,\n")
			.doesNotContain("\nSA,");
		assertThat(day.get("function-levels.csv")).as("the repealed decree's rule is written; the rules judge it")
			.isEqualTo("""
					function_code,level,unit_kinds,mandate_code
					F.T1,COMMUNE,,M-LAW
					F.T1,DISTRICT,,M-OLD
					""");
		assertThat(day.get("mandates.csv").lines()).hasSize(3);
	}

	@Test
	void theFirstDayOfTwoTiersHasNoDistrict() {
		load(TimeTests.reform().writeTo(this.temp.resolve("record")));
		Map<String, String> day = TestDataSet.read(export(TimeTests.TWO_TIERS));

		assertThat(day.get("admin-units.csv")).isEqualTo("""
				code,name,name_en,level,kind,parent_code
				C1,Xã Một,Commune One,COMMUNE,,P
				C2,Phường Hai,Ward Two,COMMUNE,,P
				P,Tỉnh Thử,Test Province,PROVINCE,,
				""");
		assertThat(day.get("agencies.csv")).doesNotContain("D_UBND", "D_PHONG");
		assertThat(day.get("reporting-lines.csv"))
			.contains("\nC1_UBND,P_UBND,ADMINISTRATIVE\n", "\nC2_UBND,P_UBND,ADMINISTRATIVE\n")
			.doesNotContain("D_UBND");
		assertThat(day.get("function-levels.csv")).isEqualTo("""
				function_code,level,unit_kinds,mandate_code
				F.T1,COMMUNE,,M-LAW
				F.T1,DISTRICT,,M-OLD
				""");
	}

	@Test
	void eachDayReimportedAloneGivesTheFindingsOfThatDay() {
		Path record = TimeTests.reform().writeTo(this.temp.resolve("record"));
		for (LocalDate day : List.of(TimeTests.MERGER_DAY, TimeTests.TWO_TIERS)) {
			load(record);
			List<Finding.Document> expected = findings(day);
			Path exported = export(day);
			load(exported);
			assertThat(findings(day)).as("findings of %s", day).isEqualTo(expected);
		}
	}

	/**
	 * The seed as of 28 February 2025, its day with most findings (11,
	 * docs/findings-seed.md). A finding lists the bodies it names in the order the store
	 * returns them where the rule does not sort them (OVERLAP_VERTICAL, within one unit),
	 * and an initial load writes in parallel batches, so that order, and with it the
	 * order of an explanation's words, is compared as a set.
	 */
	@Test
	void theSeedOnOneDayReimportsWithTheSameFindings() {
		load(Path.of("seed-data"));
		LocalDate day = LocalDate.of(2025, 2, 28);
		List<Finding.Document> expected = unordered(findings(day));
		assertThat(expected).hasSize(11);
		Path full = exportAll();
		Path oneDay = export(day);
		Map<String, String> fullFiles = TestDataSet.read(full);
		Map<String, String> dayFiles = TestDataSet.read(oneDay);
		assertThat(fullFiles.get("agencies.csv").lines()).as("the record: 1,577 rows of 1,568 bodies")
			.hasSize(1 + 1577);
		assertThat(dayFiles.get("agencies.csv").lines()).as("the day: the 760 bodies of Bạc Liêu before the reform")
			.hasSize(1 + 760);
		assertThat(dayFiles.get("responsibilities.csv").lines().count()).isPositive()
			.isLessThan(fullFiles.get("responsibilities.csv").lines().count());
		load(oneDay);
		assertThat(unordered(findings(day))).isEqualTo(expected);
	}

	@Test
	void aDayWhoseRecordNamesAUnitThatDoesNotExistThenIsRefused() {
		load(TimeTests.reform()
			.append(DataSetFile.AGENCIES, "D_TT,Trung tâm huyện,District Centre,PUBLIC_SERVICE,CENTER,D,ACTIVE,3,,")
			.writeTo(this.temp.resolve("record")));
		Path folder = this.temp.resolve("refused");
		assertThatThrownBy(() -> this.dataSets.exportTo(folder, TimeTests.TWO_TIERS))
			.hasMessage("The record of 2025-07-01 does not stand as a data set of that day: agency D_TT is "
					+ "located in admin unit D, which does not exist on 2025-07-01");
		assertThat(folder).doesNotExist();
	}

	/**
	 * Findings with their bodies in code order and the words of their explanations
	 * sorted.
	 */
	private static List<Finding.Document> unordered(List<Finding.Document> findings) {
		return findings.stream()
			.map(f -> new Finding.Document(f.id(), f.rule(), f.severity(), f.units(),
					f.agencies().stream().sorted().toList(), f.functions(), f.mandates(), f.score(),
					new Explanation(words(f.explanation().vi()), words(f.explanation().en())), f.status(), f.mark()))
			.toList();
	}

	private static String words(String text) {
		return java.util.Arrays.stream(text.split("[\\s;,()]+"))
			.sorted()
			.collect(java.util.stream.Collectors.joining(" "));
	}

	private void load(Path set) {
		StoreCleaner.wipe(this.driver);
		this.dataSets.importFrom(DataSetSource.folder(set), ImportProgress.NONE, Attribution.commandLine("test"));
	}

	private Path export(LocalDate day) {
		Path folder = this.temp.resolve(day + "-" + System.nanoTime());
		this.dataSets.exportTo(folder, day);
		return folder;
	}

	private Path exportAll() {
		Path folder = this.temp.resolve("all-" + System.nanoTime());
		this.dataSets.exportTo(folder);
		return folder;
	}

	/**
	 * The findings of a day, by id; a finding's list of mandates in code order (the rules
	 * list them in the order the store returns them, which depends on the order they were
	 * written in; the explanations sort them).
	 */
	private List<Finding.Document> findings(LocalDate day) {
		return this.analysis.analyze(new AnalysisRequest(day, List.of(), null))
			.findings()
			.stream()
			.map(Finding::document)
			.map(f -> new Finding.Document(f.id(), f.rule(), f.severity(), f.units(), f.agencies(), f.functions(),
					f.mandates().stream().sorted().toList(), f.score(), f.explanation(), f.status(), f.mark()))
			.sorted(Comparator.comparing(Finding.Document::id))
			.toList();
	}

}

package org.apparatus.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.apparatus.audit.Attribution;
import org.apparatus.generator.PlantedProblemsFile;
import org.apparatus.generator.SyntheticDataSetGenerator;
import org.apparatus.scenario.ScenarioService;
import org.apparatus.scenario.ScenarioYaml;
import org.apparatus.system.KnowledgeBaseLoadingException;
import org.apparatus.system.KnowledgeBaseRevision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Importing data sets: the seed, re-imports, updates by code, the round trip, a generated
 * set.
 */
@EmptyKnowledgeBase
class DataSetImportTests {

	@Autowired
	DataSetService dataSets;

	@Autowired
	Driver driver;

	@Autowired
	KnowledgeBaseRevision revision;

	@TempDir
	Path temp;

	@BeforeEach
	void emptyStore() {
		StoreCleaner.wipe(this.driver);
	}

	@Test
	void theSeedProvinceLoadsWithoutProblems() {
		var seed = DataSetSource.location("classpath:seed-data/");
		assertThat(this.dataSets.check(seed)).isEmpty();
		var result = this.dataSets.importFrom(seed, ImportProgress.NONE, Attribution.commandLine("test"));
		assertThat(result.rows().get(DataSetFile.AGENCIES)).isGreaterThan(200);
		assertThat(result.rows().get(DataSetFile.FUNCTIONS)).isGreaterThanOrEqualTo(150);
		// 1,577 rows of agencies.csv, 1,568 bodies: four of them (Sở Tài chính, Sở Xây
		// dựng, Sở Khoa học và Công nghệ, Sở Nội vụ of Bạc Liêu) stand in two periods,
		// before and after they absorbed another department on 1 March 2025, and the four
		// departments of the 2019-2023 pilot are cut around it (Sở Khoa học và Công nghệ
		// in three periods), as is Ban Dân tộc, renamed when it took the religious board
		// in 2019
		assertThat(result.rows().get(DataSetFile.AGENCIES)).isEqualTo(1577);
		assertThat(StoreCleaner.count(this.driver, "Agency")).isEqualTo(1568);
		assertThat(StoreCleaner.count(this.driver, "Responsibility")).isEqualTo(result.responsibilities());
		assertThat(StoreCleaner.count(this.driver, "ChangeEvent")).isEqualTo(194);
		try (var session = this.driver.session()) {
			assertThat(session.run("MATCH (p:AdminUnitPeriod) WHERE p.kind IS NULL RETURN count(p) AS unknown")
				.single()
				.get("unknown")
				.asLong()).as("every unit of the seed has its kind").isZero();
		}
	}

	@Test
	void rowsOfOneResponsibilityWithSeveralMandatesAreOneResponsibility() {
		importSmallProvince();
		try (var session = this.driver.session()) {
			var record = session
				.run("""
						MATCH (:Agency {code: 'STC'})-[:HOLDS]->(r:Responsibility {role: 'LEAD'})-[:FOR]->(:Function {code: 'FIN.BUDGET'})
						MATCH (r)-[g:GRANTED_BY]->(m:Mandate)
						RETURN count(DISTINCT r) AS responsibilities, collect(m.code + '/' + coalesce(g.article, '')) AS grants""")
				.single();
			assertThat(record.get("responsibilities").asInt()).isEqualTo(1);
			assertThat(record.get("grants").asList()).containsExactlyInAnyOrder("L1/Điều 5", "D1/");
		}
	}

	@Test
	void reimportingTheSameSetChangesNothing() {
		Path set = TestDataSet.smallProvince().writeTo(this.temp.resolve("set"));
		this.dataSets.importFrom(DataSetSource.folder(set), ImportProgress.NONE, Attribution.commandLine("test"));
		var before = exportNow();
		var again = this.dataSets.importFrom(DataSetSource.folder(set), ImportProgress.NONE,
				Attribution.commandLine("test"));
		assertThat(again.changedGraphStructure()).isFalse();
		assertThat(exportNow()).isEqualTo(before);
	}

	@Test
	void aChangedSetUpdatesNodesByCode() {
		importSmallProvince();
		var changed = TestDataSet.of(DataSetFile.AGENCIES, """
				code,name,name_en,sector,kind,admin_unit_code,status,staff_quota
				STNMT,Sở Nông nghiệp và Môi trường,Department of Agriculture and Environment,STATE,DEPARTMENT,P,ACTIVE,
				""").put(DataSetFile.RESPONSIBILITIES, """
				agency_code,function_code,role,mandate_code,article
				STC,FIN.BUDGET,LEAD,L1,Điều 6
				""").put(DataSetFile.ADMIN_UNITS, """
				code,name,name_en,level,parent_code
				P.D.C,Xã Một,Commune One,COMMUNE,P
				""");
		var result = this.dataSets.importFrom(DataSetSource.folder(changed.writeTo(this.temp.resolve("changed"))),
				ImportProgress.NONE, Attribution.commandLine("test"));
		assertThat(result.nodesCreated()).isZero();
		var exported = exportNow();
		assertThat(exported.get("agencies.csv")).contains(
				"STNMT,Sở Nông nghiệp và Môi trường,Department of Agriculture and Environment,STATE,DEPARTMENT,P,ACTIVE,,,\n");
		assertThat(exported.get("responsibilities.csv")).contains("STC,FIN.BUDGET,LEAD,L1,Điều 6,,\n")
			.doesNotContain("STC,FIN.BUDGET,LEAD,D1,");
		assertThat(exported.get("admin-units.csv")).contains("P.D.C,Xã Một,Commune One,COMMUNE,,P,,\n");
		assertThat(exported.get("responsibilities.csv")).as("untouched rows stay")
			.contains("STNMT,ENV.LAND,LEAD,D1,Điều 2");
	}

	@Test
	void aPartialSetMayReferToCodesAlreadyInTheStore() {
		importSmallProvince();
		var extra = TestDataSet.of(DataSetFile.RESPONSIBILITIES, """
				agency_code,function_code,role,mandate_code,article
				STNMT,FIN.BUDGET,COORDINATE,L1,
				""");
		this.dataSets.importFrom(DataSetSource.folder(extra.writeTo(this.temp.resolve("extra"))), ImportProgress.NONE,
				Attribution.commandLine("test"));
		assertThat(exportNow().get("responsibilities.csv")).contains("STNMT,FIN.BUDGET,COORDINATE,L1,");
	}

	@Test
	void newAndKnownAgenciesInOneUpdate() {
		importSmallProvince();
		var update = TestDataSet.of(DataSetFile.AGENCIES, """
				code,name,name_en,sector,kind,admin_unit_code,status,staff_quota
				STC,Sở Tài chính,Department of Finance,STATE,DEPARTMENT,P,ACTIVE,55
				SXD,Sở Xây dựng,Department of Construction,STATE,DEPARTMENT,P,ACTIVE,38
				""");
		var result = this.dataSets.importFrom(DataSetSource.folder(update.writeTo(this.temp.resolve("update"))),
				ImportProgress.NONE, Attribution.commandLine("test"));
		assertThat(result.nodesCreated()).as("one new agency: its code and its one period").isEqualTo(2);
		assertThat(exportNow().get("agencies.csv")).contains(
				"STC,Sở Tài chính,Department of Finance,STATE,DEPARTMENT,P,ACTIVE,55,,\n",
				"SXD,Sở Xây dựng,Department of Construction,STATE,DEPARTMENT,P,ACTIVE,38,,\n");
	}

	@Test
	void aMandateNamesTheMandateThatReplacedIt() {
		importSmallProvince();
		assertThat(exportNow().get("mandates.csv")).as("a set without the column: no successors")
			.startsWith("code,kind,number,title,issuer,issued_on,effective_from,repealed_on,replaced_by\n")
			.contains("D1,DECREE,24/2014/NĐ-CP,Nghị định tổ chức cơ quan chuyên môn,Chính phủ,2014-04-04,"
					+ "2014-05-20,2025-03-01,\n");
		this.dataSets
			.importFrom(
					DataSetSource.folder(TestDataSet
						.of(DataSetFile.MANDATES,
								"""
										code,kind,number,title,issuer,issued_on,effective_from,repealed_on,replaced_by
										D1,DECREE,24/2014/NĐ-CP,Nghị định tổ chức cơ quan chuyên môn,Chính phủ,2014-04-04,2014-05-20,2025-03-01,D2
										D2,DECREE,45/2025/NĐ-CP,Nghị định tổ chức cơ quan chuyên môn,Chính phủ,2025-02-28,2025-03-01,,
										""")
						.writeTo(this.temp.resolve("successor"))),
					ImportProgress.NONE, Attribution.commandLine("test"));
		assertThat(successors()).containsExactly("D1 → D2");
		assertThat(exportNow().get("mandates.csv")).contains(",2014-05-20,2025-03-01,D2\n");

		this.dataSets.importFrom(DataSetSource.folder(TestDataSet.of(DataSetFile.MANDATES, """
				code,kind,number,title,issuer,issued_on,effective_from,repealed_on
				D1,DECREE,24/2014/NĐ-CP,Nghị định tổ chức cơ quan chuyên môn,Chính phủ,2014-04-04,2014-05-20,2025-03-01
				""").writeTo(this.temp.resolve("first-format"))), ImportProgress.NONE, Attribution.commandLine("test"));
		assertThat(successors()).as("a row states its mandate whole: no replaced_by, no successor").isEmpty();
	}

	@Test
	void roundTripGivesIdenticalFiles() {
		this.dataSets.importFrom(DataSetSource.location("classpath:seed-data/"), ImportProgress.NONE,
				Attribution.commandLine("test"));
		Path first = this.temp.resolve("first");
		this.dataSets.exportTo(first);
		assertThat(TestDataSet.read(first).get("mandates.csv")).as("the seed's replacements are exported")
			.contains(",2015-06-01,2025-01-01,L-TCTAND-2024\n");
		StoreCleaner.wipe(this.driver);
		this.dataSets.importFrom(DataSetSource.folder(first), ImportProgress.NONE, Attribution.commandLine("test"));
		Path second = this.temp.resolve("second");
		this.dataSets.exportTo(second);
		assertThat(TestDataSet.read(second)).isEqualTo(TestDataSet.read(first)).hasSize(DataSetFile.values().length);
	}

	@Test
	void kindsOfUnitAndTheKindsALevelRuleAddressesGoRoundTrip() {
		TestDataSet set = TestDataSet.smallProvince().put(DataSetFile.ADMIN_UNITS, """
				code,name,name_en,level,kind,parent_code
				P,Tỉnh Thử,Test Province,PROVINCE,PROVINCE,
				P.D,Huyện Một,District One,DISTRICT,RURAL_DISTRICT,P
				P.D.C,Xã Một,Commune One,COMMUNE,,P.D
				P.D.T,Thị trấn Một,Township One,COMMUNE,TOWNSHIP,P.D
				""").put(DataSetFile.FUNCTION_LEVELS, """
				function_code,level,unit_kinds,mandate_code
				FIN.BUDGET,PROVINCE,,L1
				FIN.BUDGET,COMMUNE, TOWNSHIP ; RURAL_COMMUNE ,L1
				""");
		this.dataSets.importFrom(DataSetSource.folder(set.writeTo(this.temp.resolve("kinds"))), ImportProgress.NONE,
				Attribution.commandLine("test"));
		Path first = this.temp.resolve("first");
		this.dataSets.exportTo(first);
		assertThat(TestDataSet.read(first).get("admin-units.csv")).as("an unknown kind stays empty").isEqualTo("""
				code,name,name_en,level,kind,parent_code,valid_from,valid_to
				P,Tỉnh Thử,Test Province,PROVINCE,PROVINCE,,,
				P.D,Huyện Một,District One,DISTRICT,RURAL_DISTRICT,P,,
				P.D.C,Xã Một,Commune One,COMMUNE,,P.D,,
				P.D.T,Thị trấn Một,Township One,COMMUNE,TOWNSHIP,P.D,,
				""");
		assertThat(TestDataSet.read(first).get("function-levels.csv")).as("the kinds in the order of their list")
			.isEqualTo("""
					function_code,level,unit_kinds,mandate_code,valid_from,valid_to
					FIN.BUDGET,COMMUNE,RURAL_COMMUNE;TOWNSHIP,L1,,
					FIN.BUDGET,PROVINCE,,L1,,
					""");
		StoreCleaner.wipe(this.driver);
		this.dataSets.importFrom(DataSetSource.folder(first), ImportProgress.NONE, Attribution.commandLine("test"));
		Path second = this.temp.resolve("second");
		this.dataSets.exportTo(second);
		assertThat(TestDataSet.read(second)).isEqualTo(TestDataSet.read(first));

		this.dataSets.importFrom(DataSetSource.folder(TestDataSet.of(DataSetFile.FUNCTION_LEVELS, """
				function_code,level,mandate_code
				FIN.BUDGET,COMMUNE,L1
				""").writeTo(this.temp.resolve("every-unit"))), ImportProgress.NONE, Attribution.commandLine("test"));
		assertThat(exportNow().get("function-levels.csv")).as("a row without kinds: the rule addresses every unit")
			.contains("\nFIN.BUDGET,COMMUNE,,L1,,\n");
	}

	@Test
	void formulaLikeNamesAreExportedAsTextAndReadBackUnchanged() {
		String formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
		TestDataSet set = TestDataSet.smallProvince()
			.append(DataSetFile.AGENCIES,
					"F1,\"" + formula.replace("\"", "\"\"") + "\",+cmd|' /C calc'!A0,STATE,DEPARTMENT,P,ACTIVE,")
			.append(DataSetFile.AGENCIES, "F2,@SUM(1+1),''=twice quoted,STATE,DEPARTMENT,P,ACTIVE,")
			.append(DataSetFile.AGENCIES, "F3,-Ban thử,'Sở có dấu nháy,STATE,DEPARTMENT,P,ACTIVE,")
			.append(DataSetFile.RESPONSIBILITIES, "F1,FIN.BUDGET,COORDINATE,L1,-5");
		this.dataSets.importFrom(DataSetSource.folder(set.writeTo(this.temp.resolve("formulas"))), ImportProgress.NONE,
				Attribution.commandLine("test"));
		assertThat(names()).containsEntry("F1", formula + " / +cmd|' /C calc'!A0")
			.containsEntry("F2", "@SUM(1+1) / '=twice quoted")
			.containsEntry("F3", "-Ban thử / 'Sở có dấu nháy");
		Path first = this.temp.resolve("first");
		this.dataSets.exportTo(first);
		assertThat(TestDataSet.read(first).get("agencies.csv"))
			.contains("F1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+cmd|' /C calc'!A0,")
			.contains("F2,'@SUM(1+1),''=twice quoted,")
			.contains("F3,'-Ban thử,'Sở có dấu nháy,");
		assertThat(TestDataSet.read(first).get("responsibilities.csv")).as("a number stays a number")
			.contains("F1,FIN.BUDGET,COORDINATE,L1,-5,");
		StoreCleaner.wipe(this.driver);
		this.dataSets.importFrom(DataSetSource.folder(first), ImportProgress.NONE, Attribution.commandLine("test"));
		Path second = this.temp.resolve("second");
		this.dataSets.exportTo(second);
		assertThat(TestDataSet.read(second)).isEqualTo(TestDataSet.read(first));
		assertThat(names()).containsEntry("F1", formula + " / +cmd|' /C calc'!A0")
			.containsEntry("F2", "@SUM(1+1) / '=twice quoted");
	}

	@Test
	void formulaLikeNamesMakeTheRoundTripThroughAWorkbookUnchanged() {
		String formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
		TestDataSet set = TestDataSet.smallProvince()
			.append(DataSetFile.AGENCIES,
					"F1,\"" + formula.replace("\"", "\"\"") + "\",+cmd|' /C calc'!A0,STATE,DEPARTMENT,P,ACTIVE,")
			.append(DataSetFile.AGENCIES, "F2,''=x,'''-twice,STATE,DEPARTMENT,P,ACTIVE,")
			.append(DataSetFile.AGENCIES, "F3,'@at,'Sở có dấu nháy,STATE,DEPARTMENT,P,ACTIVE,");
		this.dataSets.importFrom(DataSetSource.folder(set.writeTo(this.temp.resolve("formulas"))), ImportProgress.NONE,
				Attribution.commandLine("test"));
		Map<String, String> names = names();
		assertThat(names).containsEntry("F1", formula + " / +cmd|' /C calc'!A0")
			.containsEntry("F2", "'=x / ''-twice")
			.containsEntry("F3", "@at / 'Sở có dấu nháy");
		Path first = this.temp.resolve("first");
		this.dataSets.exportTo(first);
		java.io.ByteArrayOutputStream workbook = new java.io.ByteArrayOutputStream();
		this.dataSets.exportTo(workbook, DataSetArchive.XLSX, null);
		StoreCleaner.wipe(this.driver);
		this.dataSets.importFrom(UploadedDataSet.read("export.xlsx", workbook.toByteArray()), ImportProgress.NONE,
				Attribution.commandLine("test"));
		assertThat(names()).as("every name as it was, through the workbook").isEqualTo(names);
		Path second = this.temp.resolve("second");
		this.dataSets.exportTo(second);
		assertThat(TestDataSet.read(second)).isEqualTo(TestDataSet.read(first));
	}

	@Test
	void roundTripOfPeriodsAndEventsGivesIdenticalFiles() {
		TestDataSet set = TestDataSet.reformWithEvents();
		this.dataSets.importFrom(DataSetSource.folder(set.writeTo(this.temp.resolve("reform"))), ImportProgress.NONE,
				Attribution.commandLine("test"));
		Path first = this.temp.resolve("first");
		this.dataSets.exportTo(first);
		assertThat(TestDataSet.read(first).get("changes.csv")).as("events written back as they were read")
			.isEqualTo(TestDataSet.read(this.temp.resolve("reform")).get("changes.csv"));
		assertThat(TestDataSet.read(first).get("agencies.csv")).as("with the periods")
			.contains("SC,Sở C,Department C,STATE,DEPARTMENT,P,ACTIVE,10,,2025-03-01\n"
					+ "SC,Sở C mới,New Department C,STATE,DEPARTMENT,P,ACTIVE,10,2025-03-01,\n");
		StoreCleaner.wipe(this.driver);
		this.dataSets.importFrom(DataSetSource.folder(first), ImportProgress.NONE, Attribution.commandLine("test"));
		Path second = this.temp.resolve("second");
		this.dataSets.exportTo(second);
		assertThat(TestDataSet.read(second)).isEqualTo(TestDataSet.read(first)).hasSize(DataSetFile.values().length);
	}

	@Test
	void reimportingAnEventReplacesTheEventWithItsCode() {
		this.dataSets.importFrom(
				DataSetSource.folder(TestDataSet.reformWithEvents().writeTo(this.temp.resolve("reform"))),
				ImportProgress.NONE, Attribution.commandLine("test"));
		this.dataSets.importFrom(DataSetSource.folder(TestDataSet.of(DataSetFile.CHANGES, """
				code,date,kind,from_codes,to_codes,function_codes,mandate_code,note
				EV_2025_03_01_SAB,2025-03-01,MERGE,SB;SA,SAB,,,Hợp nhất
				""").writeTo(this.temp.resolve("again"))), ImportProgress.NONE, Attribution.commandLine("test"));
		assertThat(StoreCleaner.count(this.driver, "ChangeEvent")).isEqualTo(6);
		assertThat(exportNow().get("changes.csv")).contains("EV_2025_03_01_SAB,2025-03-01,MERGE,SB;SA,SAB,,,Hợp nhất\n")
			.doesNotContain("M-45,Sở A và Sở B");
	}

	@Test
	void aScenarioAppliedIsExportedWithItsEventsAndTheExportReimports(@Autowired ScenarioService scenarios)
			throws java.io.IOException {
		this.dataSets.importFrom(DataSetSource.location("classpath:seed-data/"), ImportProgress.NONE,
				Attribution.commandLine("test"));
		// a plan for today's Cà Mau (the seed's record already holds the 2025 reform)
		scenarios.save(ScenarioYaml.read("""
				name: thu-cm
				as_of: 2026-01-01
				changes:
				  - transfer: { function: HOME.RELIG, from: CM_SDTTG, to: CM_SNV }
				  - merge: { agencies: [CM_SDTTG, CM_SNV], into: CM_SNV }
				"""), Attribution.commandLine("test"));
		scenarios.apply("thu-cm", LocalDate.of(2026, 1, 1), Attribution.commandLine("test"));
		Path applied = this.temp.resolve("applied");
		this.dataSets.exportTo(applied);
		// each change an event of the day it was applied from, coded by scenario, day and
		// position, after the 194 events of the seed's record
		assertThat(TestDataSet.read(applied).get("changes.csv")).contains(
				"thu-cm.2026-01-01.0,2026-01-01,TRANSFER,CM_SDTTG,CM_SNV,HOME.RELIG,,",
				"thu-cm.2026-01-01.1,2026-01-01,MERGE,CM_SDTTG;CM_SNV,CM_SNV,,,",
				"EV_2025_07_01_CA_MAU,2025-07-01,UNIT_MERGE,BL,CM,,NQ-202-2025,");
		assertThat(TestDataSet.read(applied).get("changes.csv").lines()).hasSize(1 + 194 + 2);
		StoreCleaner.wipe(this.driver);
		assertThat(this.dataSets.check(DataSetSource.folder(applied))).isEmpty();
		this.dataSets.importFrom(DataSetSource.folder(applied), ImportProgress.NONE, Attribution.commandLine("test"));
		Path again = this.temp.resolve("again");
		this.dataSets.exportTo(again);
		assertThat(TestDataSet.read(again)).isEqualTo(TestDataSet.read(applied));
	}

	@Test
	void aGeneratedProvinceImportsCompletely() {
		Path folder = this.temp.resolve("generated");
		var generated = SyntheticDataSetGenerator.generate(1, 7, folder);
		var progress = new java.util.concurrent.atomic.AtomicLong();
		var result = this.dataSets.importFrom(DataSetSource.folder(folder), (file, done, total) -> progress.set(done),
				Attribution.commandLine("test"));
		assertThat(result.responsibilities()).isEqualTo(generated.responsibilities());
		assertThat(StoreCleaner.count(this.driver, "Responsibility")).isEqualTo(generated.responsibilities());
		assertThat(StoreCleaner.count(this.driver, "Agency")).isEqualTo(generated.rows().get(DataSetFile.AGENCIES));
		assertThat(progress.get()).as("progress reported").isPositive();
		assertThat(PlantedProblemsFile.read(folder.resolve(SyntheticDataSetGenerator.PLANTED_FILE)))
			.isEqualTo(generated.planted());
	}

	@Test
	void anInterruptedInitialLoadIsRolledBackAtTheNextStart() {
		importSmallProvince();
		try (var session = this.driver.session()) {
			// The journal of a version without heartbeats, left by a process that died.
			session.run("CREATE (:ImportInProgress {source: 'test', startedAt: datetime() - duration('PT1M')})")
				.consume();
		}
		this.dataSets.rollBackAbandonedLoad();
		assertThat(StoreCleaner.count(this.driver, "Agency")).isZero();
		assertThat(StoreCleaner.count(this.driver, "ImportInProgress")).isZero();
	}

	@Test
	void aLoadWhoseProcessDiedIsRolledBackByTheRunningProcessAndServedToNoOneMeanwhile() throws Exception {
		InitialLoadJournal load = InitialLoadJournal.begin(this.driver, "a load that will be killed");
		try (var session = this.driver.session()) {
			// The first batches of the load commit.
			session.run("CREATE (:Agency {code: 'PARTIAL'}), (:AdminUnit {code: 'PARTIAL'})").consume();
		}
		assertThat(this.revision.loadInProgress()).as("readers see the load, not its graph").isNotNull();
		assertThatThrownBy(this.revision::current).isInstanceOf(KnowledgeBaseLoadingException.class)
			.hasMessageContaining("a data set is being loaded");
		assertThatThrownBy(this::importSmallProvince).hasMessageContaining("a data set is being loaded")
			.hasMessageContaining("a load that will be killed");
		assertThatThrownBy(() -> this.dataSets.exportTo(this.temp.resolve("partial")))
			.hasMessageContaining("can be exported when the load has completed");
		// The loader dies: its heartbeat stops, and the time it may miss passes.
		load.close();
		try (var session = this.driver.session()) {
			session.run("MATCH (j:ImportInProgress) SET j.heartbeatAt = datetime() - duration('PT1M')").consume();
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while ((StoreCleaner.count(this.driver, "ImportInProgress") > 0 || this.revision.loadInProgress() != null)
				&& System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(StoreCleaner.count(this.driver, "ImportInProgress")).as("rolled back without a restart").isZero();
		assertThat(StoreCleaner.count(this.driver, "Agency")).isZero();
		assertThat(StoreCleaner.count(this.driver, "AdminUnit")).isZero();
		assertThat(this.revision.loadInProgress()).isNull();
		// A loader that was only stalled cannot complete a load rolled back meanwhile.
		try (var session = this.driver.session()) {
			assertThatThrownBy(() -> session.executeWriteWithoutResult(load::complete))
				.hasMessageContaining("the initial load was rolled back");
		}
		importSmallProvince();
		assertThat(StoreCleaner.count(this.driver, "Agency")).isPositive();
	}

	private void importSmallProvince() {
		this.dataSets.importFrom(DataSetSource.folder(TestDataSet.smallProvince().writeTo(this.temp.resolve("small"))),
				ImportProgress.NONE, Attribution.commandLine("test"));
	}

	/** Each agency's name and English name, "name / name_en", by code. */
	private Map<String, String> names() {
		try (var session = this.driver.session()) {
			return session.run("MATCH (p:AgencyPeriod) RETURN p.code AS code, p.name + ' / ' + p.nameEn AS names")
				.list()
				.stream()
				.collect(java.util.stream.Collectors.toMap(r -> r.get("code").asString(),
						r -> r.get("names").asString(), (a, b) -> a));
		}
	}

	private java.util.List<String> successors() {
		try (var session = this.driver.session()) {
			return session.run("MATCH (m:Mandate)-[:REPLACED_BY]->(s:Mandate) RETURN m.code + ' → ' + s.code AS r")
				.list(r -> r.get("r").asString());
		}
	}

	private Map<String, String> exportNow() {
		Path folder = this.temp.resolve("export-" + System.nanoTime());
		this.dataSets.exportTo(folder);
		return TestDataSet.read(folder);
	}

}

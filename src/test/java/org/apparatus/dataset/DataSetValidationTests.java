package org.apparatus.dataset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.apparatus.audit.Attribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every kind of problem a planner can make in a spreadsheet is reported with its file,
 * line and column, all of them at once, and a data set with any problem leaves the store
 * exactly as it was.
 */
@EmptyKnowledgeBase
@TestInstance(Lifecycle.PER_CLASS)
class DataSetValidationTests {

	@Autowired
	DataSetService dataSets;

	@Autowired
	Driver driver;

	Path temp;

	Map<String, String> before;

	/**
	 * One import for the whole class (the small province, and D2 replacing D1): a
	 * rejected data set leaves the store as it was, which every test checks against this
	 * export.
	 */
	@BeforeAll
	void storeHoldsTheSmallProvince(@TempDir Path base) {
		this.temp = base;
		StoreCleaner.wipe(this.driver);
		this.dataSets.importFrom(DataSetSource.folder(TestDataSet.smallProvince().writeTo(base.resolve("base"))),
				ImportProgress.NONE, Attribution.commandLine("test"));
		this.dataSets.importFrom(DataSetSource.folder(TestDataSet
			.of(DataSetFile.MANDATES,
					"""
							code,kind,number,title,issuer,issued_on,effective_from,repealed_on,replaced_by
							D1,DECREE,24/2014/NĐ-CP,Nghị định tổ chức cơ quan chuyên môn,Chính phủ,2014-04-04,2014-05-20,2025-03-01,D2
							D2,DECREE,45/2025/NĐ-CP,Nghị định tổ chức cơ quan chuyên môn,Chính phủ,2025-02-28,2025-03-01,,
							""")
			.writeTo(base.resolve("successor"))), ImportProgress.NONE, Attribution.commandLine("test"));
		this.before = exportNow("before");
	}

	@BeforeEach
	void filesOfThisTestApart(@TempDir Path folder) {
		this.temp = folder;
	}

	@Test
	void missingColumn() {
		assertRejected(TestDataSet.of(DataSetFile.AGENCIES, """
				code,name,name_en,sector,kind,status,staff_quota
				X,Sở X,,STATE,DEPARTMENT,ACTIVE,1
				"""), "agencies.csv:1:admin_unit_code: missing column \"admin_unit_code\"");
	}

	@Test
	void requiredValueMissing() {
		assertRejected(TestDataSet.of(DataSetFile.AGENCIES, """
				code,name,name_en,sector,kind,admin_unit_code,status,staff_quota
				X,,,STATE,DEPARTMENT,P,ACTIVE,1
				"""), "agencies.csv:2:name: a value is required");
	}

	@Test
	void unknownEnumerationValueListsTheAllowedOnes() {
		assertRejected(TestDataSet.of(DataSetFile.AGENCIES, """
				code,name,name_en,sector,kind,admin_unit_code,status,staff_quota
				X,Sở X,,STAT,DEPARTMENT,P,ACTIVE,1
				"""), "agencies.csv:2:sector: unknown value \"STAT\"; expected one of PARTY, STATE, FRONT");
	}

	@Test
	void dateNotIso() {
		assertRejected(TestDataSet.of(DataSetFile.MANDATES, """
				code,kind,number,title,issuer,issued_on,effective_from,repealed_on
				M,LAW,1/2020/QH14,Luật X,Quốc hội,2020-01-01,01/07/2020,
				"""), "mandates.csv:2:effective_from: \"01/07/2020\" is not a date in the form YYYY-MM-DD");
	}

	@Test
	void repealedBeforeItTookEffect() {
		assertRejected(TestDataSet.of(DataSetFile.MANDATES, """
				code,kind,number,title,issuer,issued_on,effective_from,repealed_on
				M,LAW,1/2020/QH14,Luật X,Quốc hội,2020-01-01,2020-07-01,2019-12-31
				"""), "mandates.csv:2:repealed_on: repealed on 2019-12-31, before it took effect on 2020-07-01");
	}

	@Test
	void replacedByAnUnknownMandate() {
		assertRejected(TestDataSet.of(DataSetFile.MANDATES, """
				code,kind,number,title,issuer,issued_on,effective_from,repealed_on,replaced_by
				M,LAW,1/2020/QH14,Luật X,Quốc hội,2020-01-01,2020-07-01,2024-01-01,M2
				"""), "mandates.csv:2:replaced_by: unknown mandate \"M2\" (not in the data set or the store)");
	}

	@Test
	void replacedByItself() {
		assertRejected(TestDataSet.of(DataSetFile.MANDATES, """
				code,kind,number,title,issuer,issued_on,effective_from,repealed_on,replaced_by
				M,LAW,1/2020/QH14,Luật X,Quốc hội,2020-01-01,2020-07-01,2024-01-01,M
				"""), "mandates.csv:2:replaced_by: a mandate cannot be replaced by itself");
	}

	@Test
	void replacedWhileStillInForce() {
		assertRejected(TestDataSet.of(DataSetFile.MANDATES, """
				code,kind,number,title,issuer,issued_on,effective_from,repealed_on,replaced_by
				M,LAW,1/2020/QH14,Luật X,Quốc hội,2020-01-01,2020-07-01,,L1
				"""), "mandates.csv:2:replaced_by: replaced_by needs repealed_on");
	}

	@Test
	void cycleOfReplacementsInTheSet() {
		assertRejected(TestDataSet.of(DataSetFile.MANDATES, """
				code,kind,number,title,issuer,issued_on,effective_from,repealed_on,replaced_by
				A,LAW,1/2020/QH14,Luật A,Quốc hội,2020-01-01,2020-07-01,2024-01-01,B
				B,LAW,2/2020/QH14,Luật B,Quốc hội,2020-01-01,2020-07-01,2024-01-01,A
				"""), "mandates.csv:2:replaced_by: cycle of replacements: A → B → A");
	}

	@Test
	void cycleOfReplacementsThroughTheStore() {
		assertRejected(
				TestDataSet.of(DataSetFile.MANDATES,
						"""
								code,kind,number,title,issuer,issued_on,effective_from,repealed_on,replaced_by
								D2,DECREE,45/2025/NĐ-CP,Nghị định tổ chức cơ quan chuyên môn,Chính phủ,2025-02-28,2025-03-01,2025-07-01,D1
								"""),
				"mandates.csv:2:replaced_by: cycle of replacements: D2 → D1 → D2");
	}

	@Test
	void negativeStaffQuota() {
		assertRejected(TestDataSet.of(DataSetFile.AGENCIES, """
				code,name,name_en,sector,kind,admin_unit_code,status,staff_quota
				X,Sở X,,STATE,DEPARTMENT,P,ACTIVE,-2
				"""), "agencies.csv:2:staff_quota: \"-2\" is not a whole number of 0 or more");
	}

	@Test
	void invalidCode() {
		assertRejected(TestDataSet.of(DataSetFile.FUNCTIONS, """
				code,name,name_en,parent_code,cofog
				Tài chính,Tài chính,,,
				"""), "functions.csv:2:code: \"Tài chính\" is not a valid code");
	}

	@Test
	void duplicateCode() {
		assertRejected(TestDataSet.of(DataSetFile.FUNCTIONS, """
				code,name,name_en,parent_code,cofog
				F1,Một,,,
				F2,Hai,,,
				F1,Một lần nữa,,,
				"""), "functions.csv:4:code: duplicate code \"F1\" (first on line 2)");
	}

	@Test
	void duplicateRow() {
		assertRejected(TestDataSet.of(DataSetFile.REPORTING_LINES, """
				agency_code,superior_code,line
				STNMT,STC,PROFESSIONAL
				STNMT,STC,PROFESSIONAL
				"""), "reporting-lines.csv:3: duplicate row (first on line 2)");
	}

	@Test
	void referenceToACodeNeitherInTheSetNorInTheStore() {
		assertRejected(TestDataSet.of(DataSetFile.RESPONSIBILITIES, """
				agency_code,function_code,role,mandate_code,article
				STC,FIN.TAX,LEAD,L1,
				"""),
				"responsibilities.csv:2:function_code: unknown function \"FIN.TAX\" (not in the data set or the store)");
	}

	@Test
	void cycleInTheFunctionTreeThroughTheStore() {
		assertRejected(TestDataSet.of(DataSetFile.FUNCTIONS, """
				code,name,name_en,parent_code,cofog
				FIN,Tài chính,Finance,FIN.BUDGET,
				"""), "functions.csv:2:parent_code: cycle in the function tree: FIN → FIN.BUDGET → FIN");
	}

	@Test
	void cycleInTheAdminUnitTree() {
		assertRejected(TestDataSet.of(DataSetFile.ADMIN_UNITS, """
				code,name,name_en,level,parent_code
				A,A,,COMMUNE,B
				B,B,,COMMUNE,A
				"""), "admin-units.csv:2:parent_code: cycle in the admin-unit tree: A → B → A");
	}

	@Test
	void parentOfALowerLevel() {
		assertRejected(TestDataSet.of(DataSetFile.ADMIN_UNITS, """
				code,name,name_en,level,parent_code
				D2,Huyện Hai,,DISTRICT,P.D.C
				"""), "admin-units.csv:2:parent_code: a DISTRICT cannot be part of P.D.C, a COMMUNE");
	}

	@Test
	void agencyReportingToItself() {
		assertRejected(TestDataSet.of(DataSetFile.REPORTING_LINES, """
				agency_code,superior_code,line
				STC,STC,ADMINISTRATIVE
				"""), "reporting-lines.csv:2:superior_code: an agency cannot report to itself");
	}

	@Test
	void articleWithoutMandate() {
		assertRejected(TestDataSet.of(DataSetFile.RESPONSIBILITIES, """
				agency_code,function_code,role,mandate_code,article
				STC,FIN.BUDGET,ADVISE,,Điều 9
				"""), "responsibilities.csv:2:article: an article is a clause of a mandate");
	}

	@Test
	void brokenQuoting() {
		assertRejected(TestDataSet.of(DataSetFile.FUNCTIONS, """
				code,name,name_en,parent_code,cofog
				F1,"Một,,,
				F2,Hai,,,
				"""), "functions.csv:", "malformed CSV");
	}

	@Test
	void notUtf8() throws Exception {
		Path folder = this.temp.resolve("latin1");
		Files.createDirectories(folder);
		Files.write(folder.resolve("functions.csv"),
				"code,name,name_en,parent_code,cofog\nF1,Tài chính,,,\n".getBytes(StandardCharsets.ISO_8859_1));
		assertRejected(folder, "functions.csv:", "not valid UTF-8");
	}

	@Test
	void folderWithoutDataSetFiles() {
		assertRejected(this.temp.resolve("nothing"), "no data-set files found");
	}

	@Test
	void everyProblemIsReportedNotJustTheFirst() {
		var set = TestDataSet.of(DataSetFile.AGENCIES, """
				code,name,name_en,sector,kind,admin_unit_code,status,staff_quota
				X,Sở X,,STAT,DEPARTMENT,P,ACTIVE,1
				Y,Sở Y,,STATE,DEPT,P,ACTIVE,1
				Z,Sở Z,,STATE,DEPARTMENT,NOWHERE,ACTIVE,1
				""");
		var rejected = assertThatExceptionOfType(InvalidDataSetException.class)
			.isThrownBy(() -> this.dataSets.importFrom(DataSetSource.folder(set.writeTo(this.temp.resolve("many"))),
					ImportProgress.NONE, Attribution.commandLine("test")))
			.actual();
		assertThat(rejected.problems()).extracting(DataSetProblem::toString)
			.anySatisfy(p -> assertThat(p).startsWith("agencies.csv:2:sector:"))
			.anySatisfy(p -> assertThat(p).startsWith("agencies.csv:3:kind:"))
			.anySatisfy(p -> assertThat(p).startsWith("agencies.csv:4:admin_unit_code:"));
		assertThat(exportNow("after")).isEqualTo(this.before);
	}

	@Test
	void aRowWithOneBadCellIsNotReportedAgainWhereItsCodeIsUsed() {
		var set = TestDataSet.of(DataSetFile.AGENCIES, """
				code,name,name_en,sector,kind,admin_unit_code,status,staff_quota
				NEW,Sở Mới,,STAT,DEPARTMENT,P,ACTIVE,1
				""").put(DataSetFile.RESPONSIBILITIES, """
				agency_code,function_code,role,mandate_code,article
				NEW,FIN.BUDGET,ADVISE,L1,
				""");
		var rejected = assertThatExceptionOfType(InvalidDataSetException.class)
			.isThrownBy(() -> this.dataSets.importFrom(DataSetSource.folder(set.writeTo(this.temp.resolve("once"))),
					ImportProgress.NONE, Attribution.commandLine("test")))
			.actual();
		assertThat(rejected.problems()).hasSize(1);
	}

	@Nested
	class Periods {

		@Test
		void aPeriodEndsAfterItBegins() {
			assertRejected(TestDataSet.of(DataSetFile.AGENCIES, """
					code,name,name_en,sector,kind,admin_unit_code,status,staff_quota,valid_from,valid_to
					X,Sở X,,STATE,DEPARTMENT,P,ACTIVE,1,2025-03-01,2025-03-01
					"""), "agencies.csv:2:valid_to: valid_to 2025-03-01 must be after valid_from 2025-03-01");
		}

		@Test
		void periodsOfOneCodeMustNotOverlap() {
			assertRejected(TestDataSet.of(DataSetFile.ADMIN_UNITS, """
					code,name,name_en,level,parent_code,valid_from,valid_to
					P.D.C,Xã Một,,COMMUNE,P.D,,2025-07-01
					P.D.C,Xã Một Mới,,COMMUNE,P,2025-06-01,
					"""),
					"admin-units.csv:3:valid_from: the period 2025-06-01 – … of this admin unit overlaps its period … – 2025-07-01 on line 2");
		}

		@Test
		void aUnitKeepsItsLevel() {
			assertRejected(TestDataSet.of(DataSetFile.ADMIN_UNITS, """
					code,name,name_en,level,parent_code,valid_from,valid_to
					P.D.C,Xã Một,,COMMUNE,P.D,,2025-07-01
					P.D.C,Phường Một,,DISTRICT,P,2025-07-01,
					"""),
					"admin-units.csv:3:level: P.D.C is a COMMUNE on line 2: a unit keeps its level in every period");
		}

		@Test
		void aRelationMustMeetTheLifetimeOfWhatItNames() {
			var set = TestDataSet.of(DataSetFile.AGENCIES, """
					code,name,name_en,sector,kind,admin_unit_code,status,staff_quota,valid_from,valid_to
					X,Sở X,,STATE,DEPARTMENT,P,ACTIVE,1,2020-01-01,2025-03-01
					""").put(DataSetFile.RESPONSIBILITIES, """
					agency_code,function_code,role,mandate_code,article,valid_from,valid_to
					X,FIN.BUDGET,LEAD,L1,,2025-03-01,
					""").put(DataSetFile.REPORTING_LINES, """
					agency_code,superior_code,line,valid_from,valid_to
					STC,X,ADMINISTRATIVE,,2019-12-31
					""");
			assertRejected(set,
					"reporting-lines.csv:2:superior_code: the period … – 2019-12-31 of this row never meets "
							+ "the lifetime of agency X (2020-01-01 – 2025-03-01): it would hold on no day");
			assertRejected(set, "responsibilities.csv:2:agency_code: the period 2025-03-01 – … of this row never meets "
					+ "the lifetime of agency X");
		}

		@Test
		void oneResponsibilityHasOnePeriodOnADay() {
			assertRejected(TestDataSet.of(DataSetFile.RESPONSIBILITIES, """
					agency_code,function_code,role,mandate_code,article,valid_from,valid_to
					STC,FIN.BUDGET,LEAD,L1,,,2025-03-01
					STC,FIN.BUDGET,LEAD,D1,,2025-01-01,
					"""),
					"responsibilities.csv:3:valid_from: the period 2025-01-01 – … of this responsibility overlaps "
							+ "its period … – 2025-03-01 on line 2");
		}

	}

	private void assertRejected(TestDataSet set, String... expected) {
		assertRejected(set.writeTo(this.temp.resolve("set")), expected);
	}

	private void assertRejected(Path folder, String... expected) {
		var rejected = assertThatExceptionOfType(InvalidDataSetException.class)
			.isThrownBy(() -> this.dataSets.importFrom(DataSetSource.folder(folder), ImportProgress.NONE,
					Attribution.commandLine("test")))
			.actual();
		assertThat(rejected.problems()).extracting(DataSetProblem::toString)
			.anySatisfy(problem -> assertThat(problem).contains(expected));
		assertThat(this.dataSets.check(DataSetSource.folder(folder))).isNotEmpty();
		assertThat(exportNow("after")).as("the store is unchanged").isEqualTo(this.before);
	}

	private Map<String, String> exportNow(String name) {
		Path folder = this.temp.resolve("export-" + name + "-" + System.nanoTime());
		this.dataSets.exportTo(folder);
		return TestDataSet.read(folder);
	}

}

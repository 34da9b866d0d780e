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
	void aNameTooLongForAnyReportIsRefused() {
		assertRejected(TestDataSet.of(DataSetFile.AGENCIES, """
				code,name,name_en,sector,kind,admin_unit_code,status,staff_quota
				X,%s,,STATE,DEPARTMENT,P,ACTIVE,1
				""".formatted("S".repeat(5000))),
				"agencies.csv:2:name: is 5000 characters long; a cell holds at most 4000");
	}

	@Test
	void aControlCharacterIsRefusedWhereItIs() {
		assertRejected(TestDataSet.of(DataSetFile.AGENCIES, """
				code,name,name_en,sector,kind,admin_unit_code,status,staff_quota
				X,Sở \u001b[31mX,,STATE,DEPARTMENT,P,ACTIVE,1
				"""), "agencies.csv:2:name: holds the control character U+001B at character 4; remove it");
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
	void anUnknownKindOfUnitOrAKindOfAnotherLevelIsRefusedWhereItIs() {
		TestDataSet set = TestDataSet.of(DataSetFile.ADMIN_UNITS, """
				code,name,name_en,level,kind,parent_code
				P.D.W,Phường Hai,Ward Two,COMMUNE,PHUONG,P.D
				P.D.X,Xã Ba,Commune Three,COMMUNE,TOWN,P.D
				""");
		assertRejected(set, "admin-units.csv:2:kind: unknown value \"PHUONG\"; expected one of PROVINCE, CENTRAL_CITY");
		assertRejected(set,
				"admin-units.csv:3:kind: a COMMUNE cannot be a TOWN, which is a kind of DISTRICT; a COMMUNE is one of "
						+ "RURAL_COMMUNE, WARD, TOWNSHIP, SPECIAL_ZONE");
	}

	@Test
	void aLevelRuleForKindsOfAnotherLevelOrOfNoKindIsRefused() {
		TestDataSet set = TestDataSet.of(DataSetFile.FUNCTION_LEVELS, """
				function_code,level,unit_kinds,mandate_code
				FIN.BUDGET,COMMUNE,RURAL_COMMUNE;RURAL_DISTRICT,L1
				ENV.LAND,COMMUNE,RURAL_COMMUNE;XA,L1
				ENV.LAND,DISTRICT,TOWN;TOWN,L1
				""");
		assertRejected(set,
				"function-levels.csv:2:unit_kinds: RURAL_DISTRICT is a kind of DISTRICT, not of COMMUNE: a rule of the "
						+ "COMMUNE level addresses one of RURAL_COMMUNE, WARD, TOWNSHIP, SPECIAL_ZONE");
		assertRejected(set,
				"function-levels.csv:3:unit_kinds: unknown value \"XA\" in \"RURAL_COMMUNE;XA\"; expected one or more of");
		assertRejected(set, "function-levels.csv:4:unit_kinds: TOWN is named twice");
	}

	@Test
	void theSameLevelRuleTwiceWithOtherKindsIsADuplicate() {
		assertRejected(TestDataSet.of(DataSetFile.FUNCTION_LEVELS, """
				function_code,level,unit_kinds,mandate_code
				FIN.BUDGET,COMMUNE,RURAL_COMMUNE,L1
				FIN.BUDGET,COMMUNE,WARD,L1
				"""), "function-levels.csv:3: duplicate row (first on line 2)");
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

	/**
	 * changes.csv against the periods (domain.md §8.2): each set below is the store's
	 * small province (units P, P.D, P.D.C; agencies UB, STC, STNMT, XA; functions FIN,
	 * FIN.BUDGET, ENV, ENV.LAND; mandates L1, D1, D2, all without periods) plus the few
	 * rows with periods that the event needs. Every message was written down from the
	 * rule, not from the output.
	 */
	@Nested
	class Changes {

		static final String HEADER = "code,date,kind,from_codes,to_codes,function_codes,mandate_code,note\n";

		/** 1 March 2025: STC and STNMT end, SN begins; UB and XA go on. */
		static final String MERGER_AGENCIES = """
				code,name,name_en,sector,kind,admin_unit_code,status,staff_quota,valid_from,valid_to
				STC,Sở Tài chính,,STATE,DEPARTMENT,P,ACTIVE,50,,2025-03-01
				STC,Sở Tài chính,,STATE,DEPARTMENT,P,MERGED,,2025-03-01,
				STNMT,Sở Tài nguyên và Môi trường,,STATE,DEPARTMENT,P,ACTIVE,48,,2025-03-01
				SN,Sở Mới,,STATE,DEPARTMENT,P,ACTIVE,90,2025-03-01,
				""";

		private TestDataSet changes(String rows) {
			return TestDataSet.of(DataSetFile.AGENCIES, MERGER_AGENCIES).put(DataSetFile.CHANGES, HEADER + rows);
		}

		@Test
		void aValidSetOfEventsIsAccepted() {
			assertThat(DataSetValidationTests.this.dataSets.check(DataSetSource.folder(changes("""
					E1,2025-03-01,MERGE,STC;STNMT,SN,,D2,
					E2,2025-03-01,ESTABLISH,,SN,,,
					""").writeTo(DataSetValidationTests.this.temp.resolve("valid"))))).isEmpty();
		}

		@Test
		void unknownKind() {
			assertRejected(changes("E1,2025-03-01,MERGER,STC;STNMT,SN,,,\n"),
					"changes.csv:2:kind: unknown value \"MERGER\"; expected one of ESTABLISH, DISSOLVE, MERGE, SPLIT, "
							+ "RENAME, TRANSFER, UNIT_MERGE, UNIT_SPLIT, LEVEL_ABOLISHED");
		}

		@Test
		void dateMissing() {
			assertRejected(changes("E1,,MERGE,STC;STNMT,SN,,,\n"),
					"changes.csv:2:date: a date (YYYY-MM-DD) is required");
		}

		@Test
		void duplicateEventCode() {
			assertRejected(changes("""
					E1,2025-03-01,MERGE,STC;STNMT,SN,,,
					E1,2025-03-01,ESTABLISH,,SN,,,
					"""), "changes.csv:3:code: duplicate code \"E1\" (first on line 2)");
		}

		@Test
		void malformedCodeInAList() {
			assertRejected(changes("E1,2025-03-01,MERGE,STC;;STNMT,SN,,,\n"),
					"changes.csv:2:from_codes: \"\" in \"STC;;STNMT\" is not a valid code");
		}

		@Test
		void aCodeNamedTwiceInAList() {
			assertRejected(changes("E1,2025-03-01,MERGE,STC; STC,SN,,,\n"),
					"changes.csv:2:from_codes: STC is named twice");
		}

		@Test
		void unknownAgency() {
			assertRejected(changes("E1,2025-03-01,MERGE,STC;STX,SN,,,\n"),
					"changes.csv:2:from_codes: unknown agency \"STX\" (not in the data set or the store)");
		}

		@Test
		void anAgencyWhereAUnitEventNeedsAUnit() {
			assertRejected(changes("E1,2025-03-01,UNIT_MERGE,P.D.C,STC,,,\n"),
					"changes.csv:2:to_codes: unknown admin unit \"STC\" (not in the data set or the store)");
		}

		@Test
		void unknownFunction() {
			assertRejected(changes("E1,2025-03-01,TRANSFER,STC,SN,FIN.TAX,,\n"),
					"changes.csv:2:function_codes: unknown function \"FIN.TAX\" (not in the data set or the store)");
		}

		@Test
		void unknownMandate() {
			assertRejected(changes("E1,2025-03-01,MERGE,STC;STNMT,SN,,D9,\n"),
					"changes.csv:2:mandate_code: unknown mandate \"D9\" (not in the data set or the store)");
		}

		@Test
		void anEstablishmentStartsFromNothing() {
			assertRejected(changes("E1,2025-03-01,ESTABLISH,STC,SN,,,\n"),
					"changes.csv:2:from_codes: ESTABLISH: from_codes must be empty, not 1 agency");
		}

		@Test
		void anEstablishedBodyDidNotExistTheDayBefore() {
			assertRejected(changes("E1,2025-03-01,ESTABLISH,,STC,,,\n"),
					"changes.csv:2:to_codes: ESTABLISH: STC already exists on 2025-02-28, the day before the change");
		}

		@Test
		void anEstablishedBodyExistsOnTheDay() {
			assertRejected(changes("E1,2025-02-01,ESTABLISH,,SN,,,\n"),
					"changes.csv:2:to_codes: ESTABLISH: SN does not exist on 2025-02-01, the day of the change");
		}

		@Test
		void aDissolutionResultsInNoBody() {
			assertRejected(changes("E1,2025-03-01,DISSOLVE,STNMT,SN,,,\n"),
					"changes.csv:2:to_codes: DISSOLVE: to_codes must be empty, not 1 agency");
		}

		@Test
		void aDissolvedBodyIsNoLongerActive() {
			assertRejected(changes("E1,2025-03-01,DISSOLVE,UB,,,,\n"),
					"changes.csv:2:from_codes: DISSOLVE: UB is still active on 2025-03-01, the day of the change");
		}

		@Test
		void aDissolvedBodyWasActiveTheDayBefore() {
			assertRejected(changes("E1,2025-03-02,DISSOLVE,STNMT,,,,\n"),
					"changes.csv:2:from_codes: DISSOLVE: STNMT is not active on 2025-03-01, the day before the change");
		}

		@Test
		void aMergerResultsInExactlyOneBody() {
			assertRejected(changes("E1,2025-03-01,MERGE,STC;STNMT,SN;UB,,,\n"),
					"changes.csv:2:to_codes: MERGE: to_codes must name exactly 1 agency, not 2");
		}

		@Test
		void aMergedBodyIsNoLongerActive() {
			assertRejected(changes("E1,2025-03-01,MERGE,STC;XA,SN,,,\n"),
					"changes.csv:2:from_codes: MERGE: XA is still active on 2025-03-01, the day of the change");
		}

		@Test
		void aMergerOfOneBodyIsAnAbsorptionIntoOneThatExisted() {
			assertRejected(changes("E1,2025-03-01,MERGE,STC,SN,,,\n"),
					"changes.csv:2:to_codes: MERGE: a merger of one body is its absorption into a body that already "
							+ "existed, but SN does not exist on 2025-02-28, the day before the change");
		}

		@Test
		void theBodyMergedIntoExistsOnTheDay() {
			assertRejected(changes("E1,2025-02-01,MERGE,STC;STNMT,SN,,,\n"),
					"changes.csv:2:to_codes: MERGE: SN does not exist on 2025-02-01, the day of the change");
		}

		@Test
		void aSplitStartsFromOneBodyAndResultsInTwoOrMore() {
			assertRejected(changes("E1,2025-03-01,SPLIT,STNMT,SN,,,\n"),
					"changes.csv:2:to_codes: SPLIT: to_codes must name at least 2 agencies, not 1");
			assertRejected(changes("E1,2025-03-01,SPLIT,STC;STNMT,SN;UB,,,\n"),
					"changes.csv:2:from_codes: SPLIT: from_codes must name exactly 1 agency, not 2");
		}

		@Test
		void aBodySplitWithoutGoingOnEnds() {
			assertRejected(changes("E1,2025-03-01,SPLIT,UB,SN;XA,,,\n"),
					"changes.csv:2:from_codes: SPLIT: UB is still active on 2025-03-01, the day of the change "
							+ "(a body that goes on after a split is one of its to_codes)");
		}

		@Test
		void aRenameChangesTheName() {
			assertRejected(changes("E1,2025-03-01,RENAME,STC,,,,\n"),
					"changes.csv:2:from_codes: RENAME: STC is named \"Sở Tài chính\" on 2025-02-28 and on 2025-03-01: "
							+ "the name did not change");
		}

		@Test
		void aRenamedBodyGoesOnUnderItsCode() {
			assertRejected(changes("E1,2025-03-01,RENAME,STC,SN,,,\n"),
					"changes.csv:2:to_codes: RENAME: to_codes must be empty or STC itself, not SN");
		}

		@Test
		void aRenamedBodyExistsOnBothDays() {
			assertRejected(changes("E1,2025-03-01,RENAME,STNMT,,,,\n"),
					"changes.csv:2:from_codes: RENAME: STNMT does not exist on 2025-03-01, the day of the change");
		}

		@Test
		void aTransferNamesItsFunctions() {
			assertRejected(changes("E1,2025-03-01,TRANSFER,STNMT,SN,,,\n"),
					"changes.csv:2:function_codes: TRANSFER: function_codes must name at least 1 function, not 0");
		}

		@Test
		void aTransferredFunctionWasHeldTheDayBefore() {
			assertRejected(changes("E1,2025-03-01,TRANSFER,STNMT,SN,FIN,,\n"),
					"changes.csv:2:function_codes: TRANSFER: no body of from_codes (STNMT) holds a responsibility "
							+ "for FIN or a task under it on 2025-02-28, the day before the change");
		}

		@Test
		void aTransferredFunctionIsHeldOnTheDay() {
			assertRejected(changes("E1,2025-03-01,TRANSFER,STNMT,SN,ENV,,\n"),
					"changes.csv:2:function_codes: TRANSFER: SN holds no responsibility for ENV or a task under it "
							+ "on 2025-03-01, the day of the change");
		}

		@Test
		void mergedUnitsEnd() {
			assertRejected(changes("E1,2025-03-01,UNIT_MERGE,P.D.C,P.D,,,\n"),
					"changes.csv:2:from_codes: UNIT_MERGE: P.D.C still exists on 2025-03-01, the day of the change");
		}

		@Test
		void aUnitSplitResultsInTwoUnitsOrMore() {
			assertRejected(changes("E1,2025-03-01,UNIT_SPLIT,P.D,P.D.C,,,\n"),
					"changes.csv:2:to_codes: UNIT_SPLIT: to_codes must name at least 2 admin units, not 1");
		}

		@Test
		void theUnitsOfAnAbolishedLevelAreOfOneLevel() {
			assertRejected(changes("E1,2025-03-01,LEVEL_ABOLISHED,P.D;P.D.C,P,,,\n"),
					"changes.csv:2:from_codes: LEVEL_ABOLISHED: the units of an abolished level must all be of one "
							+ "level, not of DISTRICT and COMMUNE");
		}

		@Test
		void theUnitsOfAnAbolishedLevelEnd() {
			assertRejected(changes("E1,2025-07-01,LEVEL_ABOLISHED,P.D,P,,,\n"),
					"changes.csv:2:from_codes: LEVEL_ABOLISHED: P.D still exists on 2025-07-01, the day of the change");
		}

		@Test
		void everyProblemOfTheEventsIsReported() {
			var rejected = assertThatExceptionOfType(InvalidDataSetException.class)
				.isThrownBy(() -> DataSetValidationTests.this.dataSets.importFrom(DataSetSource.folder(changes("""
						E1,2025-03-01,MERGE,STC;XA,SN,,,
						E2,2025-03-01,DISSOLVE,UB,,,,
						E3,2025-03-01,RENAME,STC,,,,
						""").writeTo(DataSetValidationTests.this.temp.resolve("all"))), ImportProgress.NONE,
						Attribution.commandLine("test")))
				.actual();
			assertThat(rejected.problems()).extracting(DataSetProblem::toString)
				.containsExactly(
						"changes.csv:2:from_codes: MERGE: XA is still active on 2025-03-01, the day of the change",
						"changes.csv:3:from_codes: DISSOLVE: UB is still active on 2025-03-01, the day of the change",
						"changes.csv:4:from_codes: RENAME: STC is named \"Sở Tài chính\" on 2025-02-28 and on "
								+ "2025-03-01: the name did not change");
			assertThat(exportNow("after-all")).as("the store is unchanged")
				.isEqualTo(DataSetValidationTests.this.before);
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

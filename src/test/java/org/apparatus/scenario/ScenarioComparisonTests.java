package org.apparatus.scenario;

import java.nio.file.Path;
import java.time.LocalDate;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.apparatus.api.InvalidArgumentException;
import org.apparatus.audit.Attribution;
import org.apparatus.dataset.DataSetFile;
import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetSource;
import org.apparatus.dataset.ImportProgress;
import org.apparatus.dataset.TestDataSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code scenario compare} on a province whose record spans a reform that a plan made on
 * 28 February 2025 partly foresaw. The record: departments A and B end on 1 March and SAB
 * "Sở A và B" begins, leading F1; K takes over F2 then; L ends and the new N takes over
 * H; on 1 July the district ends and commune C1's committee takes F1 over, while C2's
 * takes G (not F1). The plan: A and B merged into a new S_AB "So A va B" (the planner's
 * code, typed without diacritics), the district abolished downwards (its office's F1 to
 * both communes' committees). Expected, by hand:
 * <ul>
 * <li>bodies active after the plan on 28 Feb: P_UBND, K, L, S_AB, C1_UBND, C2_UBND;
 * recorded on 1 Jul: P_UBND, K, SAB, N, C1_UBND, C2_UBND. Matched 5 (S_AB = SAB by name),
 * missed N, wrong L: 5/7.</li>
 * <li>leads: F1 in P (S_AB = SAB), G in P (K) and F1 in C1 (C1_UBND) matched; F2 in P
 * (S_AB, recorded K), H in P (L, recorded N) and F1 in C2 (C2_UBND, recorded nobody)
 * wrong; G in C2 (recorded C2_UBND) missed: 3/7.</li>
 * <li>together 8/14.</li>
 * </ul>
 */
@EmptyKnowledgeBase
@TestInstance(Lifecycle.PER_CLASS)
class ScenarioComparisonTests {

	static final LocalDate PLANNED = LocalDate.of(2025, 2, 28);

	static final LocalDate DECIDED = LocalDate.of(2025, 7, 1);

	@Autowired
	ScenarioService scenarios;

	@Autowired
	DataSetService dataSets;

	@Autowired
	Driver driver;

	@BeforeAll
	void recordAndPlan(@TempDir Path folder) {
		StoreCleaner.wipe(this.driver);
		this.dataSets.importFrom(DataSetSource.folder(record().writeTo(folder)), ImportProgress.NONE,
				Attribution.commandLine("test"));
		this.scenarios.save(ScenarioYaml.read("""
				name: plan
				description: the plan of February
				changes:
				  - merge: { agencies: [A, B], into: { code: S_AB, name: "So A va B", kind: DEPARTMENT } }
				  - abolish_level: { level: DISTRICT, policy: DOWN }
				"""), PLANNED, Attribution.commandLine("test"));
	}

	static TestDataSet record() {
		return TestDataSet.of(DataSetFile.ADMIN_UNITS, """
				code,name,name_en,level,parent_code,valid_from,valid_to
				P,Tỉnh Thử,Test Province,PROVINCE,,,
				D,Huyện Một,District One,DISTRICT,P,,2025-07-01
				C1,Xã Một,Commune One,COMMUNE,D,,2025-07-01
				C1,Xã Một,Commune One,COMMUNE,P,2025-07-01,
				C2,Xã Hai,Commune Two,COMMUNE,D,,2025-07-01
				C2,Xã Hai,Commune Two,COMMUNE,P,2025-07-01,
				""").put(DataSetFile.FUNCTIONS, """
				code,name,name_en,parent_code,cofog
				F,Lĩnh vực F,Domain F,,
				F1,Nhiệm vụ F1,Task F1,F,
				F2,Nhiệm vụ F2,Task F2,F,
				G,Nhiệm vụ G,Task G,,
				H,Nhiệm vụ H,Task H,,
				""").put(DataSetFile.MANDATES, """
				code,kind,number,title,issuer,issued_on,effective_from,repealed_on
				M,LAW,1/2015/QH13,Luật thử,Quốc hội,2015-01-01,2015-01-01,
				""").put(DataSetFile.AGENCIES, """
				code,name,name_en,sector,kind,admin_unit_code,status,staff_quota,valid_from,valid_to
				P_UBND,Ủy ban nhân dân tỉnh,Provincial People's Committee,STATE,PEOPLES_COMMITTEE,P,ACTIVE,,,
				A,Sở A,Department A,STATE,DEPARTMENT,P,ACTIVE,,,2025-03-01
				B,Sở B,Department B,STATE,DEPARTMENT,P,ACTIVE,,,2025-03-01
				SAB,Sở A và B,Department A and B,STATE,DEPARTMENT,P,ACTIVE,,2025-03-01,
				K,Sở K,Department K,STATE,DEPARTMENT,P,ACTIVE,,,
				L,Sở L,Department L,STATE,DEPARTMENT,P,ACTIVE,,,2025-03-01
				N,Sở N,Department N,STATE,DEPARTMENT,P,ACTIVE,,2025-03-01,
				D_UBND,Ủy ban nhân dân huyện,District People's Committee,STATE,PEOPLES_COMMITTEE,D,ACTIVE,,,2025-07-01
				D_OFF,Phòng F,Office F,STATE,OFFICE,D,ACTIVE,,,2025-07-01
				C1_UBND,Ủy ban nhân dân xã Một,Commune One People's Committee,STATE,PEOPLES_COMMITTEE,C1,ACTIVE,,,
				C2_UBND,Ủy ban nhân dân xã Hai,Commune Two People's Committee,STATE,PEOPLES_COMMITTEE,C2,ACTIVE,,,
				""").put(DataSetFile.REPORTING_LINES, """
				agency_code,superior_code,line,valid_from,valid_to
				A,P_UBND,ADMINISTRATIVE,,
				B,P_UBND,ADMINISTRATIVE,,
				SAB,P_UBND,ADMINISTRATIVE,,
				K,P_UBND,ADMINISTRATIVE,,
				L,P_UBND,ADMINISTRATIVE,,
				N,P_UBND,ADMINISTRATIVE,,
				D_UBND,P_UBND,ADMINISTRATIVE,,
				D_OFF,D_UBND,ADMINISTRATIVE,,
				C1_UBND,D_UBND,ADMINISTRATIVE,,2025-07-01
				C2_UBND,D_UBND,ADMINISTRATIVE,,2025-07-01
				C1_UBND,P_UBND,ADMINISTRATIVE,2025-07-01,
				C2_UBND,P_UBND,ADMINISTRATIVE,2025-07-01,
				""").put(DataSetFile.RESPONSIBILITIES, """
				agency_code,function_code,role,mandate_code,article,valid_from,valid_to
				A,F1,LEAD,M,,,
				B,F2,LEAD,M,,,
				SAB,F1,LEAD,M,,,
				K,G,LEAD,M,,,
				K,F2,LEAD,M,,2025-03-01,
				L,H,LEAD,M,,,
				N,H,LEAD,M,,,
				D_OFF,F1,LEAD,M,,,
				C1_UBND,F1,LEAD,M,,2025-07-01,
				C2_UBND,G,LEAD,M,,2025-07-01,
				""");
	}

	private ScenarioComparison comparison() {
		return this.scenarios.compare("plan", PLANNED, DECIDED);
	}

	@Test
	void bodiesMatchByCodeOrByNameInTheSameUnit() {
		ScenarioComparison c = comparison();
		assertThat(c.bodies().matched())
			.extracting(m -> m.predicted().code() + "=" + m.recorded().code() + " " + m.by())
			.containsExactly("C1_UBND=C1_UBND CODE", "C2_UBND=C2_UBND CODE", "K=K CODE", "P_UBND=P_UBND CODE",
					"S_AB=SAB NAME");
		assertThat(c.bodies().missed()).extracting(ScenarioComparison.Body::code).containsExactly("N");
		assertThat(c.bodies().wrong()).extracting(ScenarioComparison.Body::code).containsExactly("L");
	}

	@Test
	void leadsMatchWhenThePredictedHoldersAreTheRecordedOnes() {
		ScenarioComparison c = comparison();
		assertThat(c.leads().matched()).extracting(l -> l.function() + " in " + l.unit() + ": " + l.predicted())
			.containsExactly("F1 in C1: [C1_UBND]", "F1 in P: [S_AB]", "G in P: [K]");
		assertThat(c.leads().wrong())
			.extracting(l -> l.function() + " in " + l.unit() + ": " + l.predicted() + " vs " + l.recorded())
			.containsExactly("F1 in C2: [C2_UBND] vs []", "F2 in P: [S_AB] vs [K]", "H in P: [L] vs [N]");
		assertThat(c.leads().missed()).extracting(l -> l.function() + " in " + l.unit() + ": " + l.recorded())
			.containsExactly("G in C2: [C2_UBND]");
	}

	@Test
	void theSummaryCountsAndRatios() {
		ScenarioComparison.Summary s = comparison().summary();
		assertThat(s).isEqualTo(
				new ScenarioComparison.Summary(5, 1, 0, 1, 1, s.bodyRatio(), 3, 1, 3, s.leadRatio(), s.matchRatio()));
		assertThat(s.bodyRatio()).isCloseTo(5.0 / 7, within(1e-9));
		assertThat(s.leadRatio()).isCloseTo(3.0 / 7, within(1e-9));
		assertThat(s.matchRatio()).isCloseTo(8.0 / 14, within(1e-9));
	}

	@Test
	void theKnowledgeBaseIsAsItWasAfterwards() {
		comparison();
		assertThat(StoreCleaner.count(this.driver, "ChangeEvent")).isZero();
		assertThat(comparison().bodies().wrong()).extracting(ScenarioComparison.Body::code).containsExactly("L");
		try (var session = this.driver.session()) {
			assertThat(session.run("MATCH (a:Agency {code: 'S_AB'}) RETURN count(a) AS n").single().get("n").asLong())
				.isZero();
		}
	}

	@Test
	void aPlanMadeBeforeTheReformIsCheckedOnItsDayNotOnToday() {
		Scenario plan = this.scenarios.require("plan");
		assertThatThrownBy(() -> this.scenarios.save(plan, Attribution.commandLine("test"))).isInstanceOfSatisfying(
				InvalidScenarioException.class, ex -> assertThat(ex.problems()).extracting(ScenarioProblem::where)
					.contains("changes[0].merge.agencies[0]"));
	}

	@Test
	void aPlanThatCarriesItsDayIsSavedEvaluatedAndComparedOnIt() {
		Scenario dated = ScenarioYaml.read("""
				name: dated-plan
				description: the plan of February, with its day
				as_of: 2025-02-28
				changes:
				  - merge: { agencies: [A, B], into: { code: S_AB, name: "So A va B", kind: DEPARTMENT } }
				  - abolish_level: { level: DISTRICT, policy: DOWN }
				""");
		assertThat(dated.asOf()).isEqualTo(PLANNED);
		assertThat(ScenarioYaml.read(ScenarioYaml.write(dated))).isEqualTo(dated);

		// Today A and B no longer exist: without its day the plan would be refused.
		this.scenarios.save(dated, Attribution.commandLine("test"));
		assertThat(this.scenarios.evaluate("dated-plan", null).asOf()).isEqualTo(PLANNED);
		ScenarioComparison c = this.scenarios.compare("dated-plan", null, DECIDED);
		assertThat(c.asOf()).isEqualTo(PLANNED);
		assertThat(c.summary().matchRatio()).isCloseTo(8.0 / 14, within(1e-9));
		assertThatThrownBy(() -> this.scenarios.compare("dated-plan", null, LocalDate.of(2025, 1, 1)))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessage("to: the record to compare with must be of the scenario's day (2025-02-28) or later, "
					+ "not 2025-01-01");
	}

	@Test
	void aDayThatIsNotADayIsAProblemOfTheFile() {
		assertThatThrownBy(() -> ScenarioYaml.read("""
				name: p
				as_of: 2025-13-01
				changes:
				  - dissolve: { agency: K }
				""")).isInstanceOfSatisfying(InvalidScenarioException.class,
				ex -> assertThat(ex.problems()).extracting(ScenarioProblem::toString)
					.containsExactly("as_of: \"2025-13-01\" is not a day (YYYY-MM-DD)"));
	}

	@Test
	void namesAreComparedWithoutCaseAndDiacritics() {
		assertThat(PredictionMatcher.folded("  Sở Tài nguyên  và Môi trường")).isEqualTo("so tai nguyen va moi truong");
		assertThat(PredictionMatcher.folded("ĐÀI Phát thanh")).isEqualTo(PredictionMatcher.folded("dai phat THANH"));
	}

}

package org.apparatus.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.KnowledgeBaseEdits;
import org.apparatus.StoreCleaner;
import org.apparatus.analysis.Finding;
import org.apparatus.analysis.TinyApparatus;
import org.apparatus.audit.Attribution;
import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetSource;
import org.apparatus.dataset.TestDataSet;
import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.AgencyStatus;
import org.apparatus.registry.Sector;
import org.apparatus.registry.UnitKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.apparatus.registry.AdminLevel.COMMUNE;
import static org.apparatus.registry.AdminLevel.DISTRICT;
import static org.apparatus.registry.AdminLevel.PROVINCE;
import static org.apparatus.registry.ReportingLineKind.ADMINISTRATIVE;
import static org.apparatus.registry.ReportingLineKind.PROFESSIONAL;
import static org.apparatus.registry.Role.COORDINATE;
import static org.apparatus.registry.Role.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scenarios on a small apparatus: a province P with departments A and B under its
 * committee, one district D with an office (professionally under A) and two communes. A
 * leads F1 and G, B leads F2 (both tasks of domain F) and G — so A and B duplicate G —
 * and the district office leads F1.
 */
@EmptyKnowledgeBase
class ScenarioTests {

	static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

	@Autowired
	ScenarioService scenarios;

	@Autowired
	Driver driver;

	@Autowired
	DataSetService dataSets;

	@Autowired
	ApplicationEventPublisher events;

	@BeforeEach
	void smallApparatus() {
		StoreCleaner.wipe(this.driver);
		try (var session = this.driver.session()) {
			session.run("MATCH (n) WHERE n:Scenario OR n:ChangeEvent DETACH DELETE n").consume();
		}
		new TinyApparatus(this.driver).unit("P", PROVINCE, null)
			.unit("D", DISTRICT, "P")
			.unit("C1", COMMUNE, "D")
			.unit("C2", COMMUNE, "D")
			.agency("P_UBND", "P", Sector.STATE, AgencyKind.PEOPLES_COMMITTEE, AgencyStatus.ACTIVE)
			.agency("A", "P")
			.agency("B", "P")
			.agency("D_UBND", "D", Sector.STATE, AgencyKind.PEOPLES_COMMITTEE, AgencyStatus.ACTIVE)
			.agency("D_OFF", "D", Sector.STATE, AgencyKind.OFFICE, AgencyStatus.ACTIVE)
			.agency("C1_UBND", "C1", Sector.STATE, AgencyKind.PEOPLES_COMMITTEE, AgencyStatus.ACTIVE)
			.agency("C2_UBND", "C2", Sector.STATE, AgencyKind.PEOPLES_COMMITTEE, AgencyStatus.ACTIVE)
			.line("A", "P_UBND", ADMINISTRATIVE)
			.line("B", "P_UBND", ADMINISTRATIVE)
			.line("D_UBND", "P_UBND", ADMINISTRATIVE)
			.line("D_OFF", "D_UBND", ADMINISTRATIVE)
			.line("D_OFF", "A", PROFESSIONAL)
			.line("C1_UBND", "D_UBND", ADMINISTRATIVE)
			.line("C2_UBND", "D_UBND", ADMINISTRATIVE)
			.mandate("M", "1/2015/NĐ-CP", LocalDate.of(2015, 1, 1), null)
			.function("F", null)
			.function("F1", "F")
			.function("F2", "F")
			.function("G", null)
			.holds("A", "F1", LEAD, "M")
			.holds("A", "G", LEAD, "M")
			.holds("B", "F2", LEAD, "M")
			.holds("B", "G", LEAD, "M")
			.holds("D_OFF", "F1", LEAD, "M")
			.levelRule("F1", PROVINCE, "M")
			.levelRule("F1", DISTRICT, "M");
		KnowledgeBaseEdits.committed(this.driver, this.events, "small apparatus");
	}

	private Scenario save(String yaml) {
		return this.scenarios.save(ScenarioYaml.read("name: s\ndescription: test\nchanges:\n" + yaml),
				Attribution.commandLine("test"));
	}

	/**
	 * Rows of a query whose {@code $day} is {@link #AS_OF}, the day scenarios are applied
	 * on.
	 */
	private List<String> rows(String query) {
		return rows(query, AS_OF);
	}

	private List<String> rows(String query, LocalDate day) {
		List<String> rows = new ArrayList<>();
		try (var session = this.driver.session()) {
			session.run(query, java.util.Map.of("day", day)).list().forEach(r -> rows.add(r.get(0).asString()));
		}
		return rows;
	}

	private String status(String agency) {
		return rows(
				"MATCH (a:AgencyPeriod {code: '" + agency + "'}) WHERE a.validFrom <= $day < a.validTo RETURN a.status")
			.get(0);
	}

	private List<String> held(String agency) {
		return held(agency, AS_OF);
	}

	private List<String> held(String agency, LocalDate day) {
		return rows("MATCH (:Agency {code: '" + agency + "'})-[:HOLDS]->(r)-[:FOR]->(f) "
				+ "WHERE r.validFrom <= $day < r.validTo RETURN f.code + ':' + r.role ORDER BY f.code", day);
	}

	private List<String> superiors(String agency) {
		return rows(
				"MATCH (:Agency {code: '" + agency + "'})-[l:REPORTS_TO]->(s) WHERE l.validFrom <= $day < l.validTo "
						+ "RETURN s.code + ':' + l.line ORDER BY s.code");
	}

	/** The agencies located in a unit on {@link #AS_OF}. */
	private List<String> agenciesIn(String unit) {
		return rows("MATCH (a:AgencyPeriod)-[:LOCATED_IN]->(:AdminUnit {code: '" + unit + "'}) "
				+ "WHERE a.validFrom <= $day < a.validTo RETURN a.code ORDER BY a.code");
	}

	/** A function's level rules: level, mandate and period. */
	private List<String> levelRules(String function) {
		return rows("MATCH (:Function {code: '" + function + "'})-[r:LED_AT]->(m) "
				+ "RETURN r.level + ' ' + m.code + ' ' + toString(r.validFrom) + '..' + toString(r.validTo) "
				+ "ORDER BY r.level, r.validFrom");
	}

	/** The GAP and OVERLAP_VERTICAL findings: rule, function and units. */
	private static List<String> levelFindings(List<Finding> findings) {
		return findings.stream()
			.filter(f -> f.rule().equals("GAP") || f.rule().equals("OVERLAP_VERTICAL"))
			.map(f -> f.rule() + " " + String.join(",", f.functions()) + " " + f.units())
			.toList();
	}

	/** The units of the codes given that exist on a day. */
	private List<String> existing(LocalDate day, String... units) {
		return rows("MATCH (u:AdminUnitPeriod) WHERE u.code IN "
				+ java.util.Arrays.stream(units).map(u -> "'" + u + "'").toList()
				+ " AND u.validFrom <= $day < u.validTo RETURN u.code ORDER BY u.code", day);
	}

	@Nested
	class EachChange {

		@Test
		void aMergerMovesResponsibilitiesLinesAndStaffAndLeavesTheSourceMerged() {
			save("  - merge: { agencies: [A, B], into: B }");
			ScenarioTests.this.scenarios.apply("s", AS_OF, Attribution.commandLine("test"));
			assertThat(held("B")).containsExactly("F1:LEAD", "F2:LEAD", "G:LEAD");
			assertThat(held("A")).isEmpty();
			assertThat(status("A")).isEqualTo("MERGED");
			assertThat(rows("MATCH (:Agency {code: 'A'})-[:MERGED_INTO]->(b) RETURN b.code")).containsExactly("B");
			assertThat(superiors("D_OFF")).containsExactly("B:PROFESSIONAL", "D_UBND:ADMINISTRATIVE");
			assertThat(rows("MATCH (b:AgencyPeriod {code: 'B'}) WHERE b.validFrom <= $day < b.validTo "
					+ "RETURN toString(b.staffQuota)"))
				.containsExactly("20");
			assertThat(held("A", AS_OF.minusDays(1))).as("the record before the day stays")
				.containsExactly("F1:LEAD", "G:LEAD");
			assertThat(rows(
					"MATCH (:Agency {code: 'B'})-[:HOLDS]->(r)-[:FOR]->(:Function {code: 'G'}) " + "RETURN r.code"))
				.as("one responsibility for G, not two")
				.containsExactly("B:G:LEAD");
		}

		@Test
		void aMergerIntoANewAgencyCreatesItInTheUnitAndSectorOfTheFirst() {
			save("  - merge: { agencies: [A, B], into: { code: AB, name: \"Sở A-B\", kind: DEPARTMENT } }");
			ScenarioTests.this.scenarios.apply("s", AS_OF, Attribution.commandLine("test"));
			assertThat(held("AB")).containsExactly("F1:LEAD", "F2:LEAD", "G:LEAD");
			assertThat(List.of(status("A"), status("B"), status("AB"))).containsExactly("MERGED", "MERGED", "ACTIVE");
			assertThat(agenciesIn("P")).contains("AB");
			assertThat(superiors("AB")).containsExactly("P_UBND:ADMINISTRATIVE");
		}

		@Test
		void aTransferMovesTheFunctionAndTheTasksUnderItOnly() {
			save("  - transfer: { function: F, from: B, to: A }");
			var moved = ScenarioTests.this.scenarios.apply("s", AS_OF, Attribution.commandLine("test"));
			assertThat(moved).containsExactly(new MovedResponsibility(0, "F2", "LEAD", "B", "A"));
			assertThat(held("A")).containsExactly("F1:LEAD", "F2:LEAD", "G:LEAD");
			assertThat(held("B")).containsExactly("G:LEAD");
			assertThat(status("B")).isEqualTo("ACTIVE");
		}

		@Test
		void aDissolutionHandsResponsibilitiesOnOrDropsThem() {
			save("  - dissolve: { agency: B, hand_to: A }");
			ScenarioTests.this.scenarios.apply("s", AS_OF, Attribution.commandLine("test"));
			assertThat(held("A")).containsExactly("F1:LEAD", "F2:LEAD", "G:LEAD");
			assertThat(status("B")).isEqualTo("DISSOLVED");

			save("  - dissolve: { agency: D_OFF }");
			var moved = ScenarioTests.this.scenarios.apply("s", AS_OF, Attribution.commandLine("test"));
			assertThat(moved).containsExactly(new MovedResponsibility(0, "F1", "LEAD", "D_OFF", null));
			assertThat(held("D_OFF")).isEmpty();
			assertThat(status("D_OFF")).isEqualTo("DISSOLVED");
		}

		@Test
		void abolishingALevelUpHandsEachBodyToItsSuperiorAboveAndReparentsTheUnitsBelow() {
			save("  - abolish_level: { level: DISTRICT, policy: UP }");
			ScenarioTests.this.scenarios.apply("s", AS_OF, Attribution.commandLine("test"));
			assertThat(held("A")).as("the district office's task goes to its professional superior")
				.containsExactly("F1:LEAD", "G:LEAD");
			assertThat(List.of(status("D_OFF"), status("D_UBND"))).containsExactly("DISSOLVED", "DISSOLVED");
			assertThat(existing(AS_OF, "D")).as("the district ends on the day").isEmpty();
			assertThat(existing(AS_OF.minusDays(1), "D")).as("and was there the day before").containsExactly("D");
			assertThat(rows("MATCH (c:AdminUnitPeriod)-[:PART_OF]->(:AdminUnit {code: 'P'}) "
					+ "WHERE c.validFrom <= $day < c.validTo RETURN c.code ORDER BY c.code"))
				.containsExactly("C1", "C2");
			assertThat(superiors("C1_UBND")).containsExactly("P_UBND:ADMINISTRATIVE");
		}

		@Test
		void abolishingALevelDownGivesEachUnitBelowTheTasks() {
			save("  - abolish_level: { level: DISTRICT, policy: DOWN }");
			ScenarioTests.this.scenarios.apply("s", AS_OF, Attribution.commandLine("test"));
			assertThat(held("C1_UBND")).containsExactly("F1:LEAD");
			assertThat(held("C2_UBND")).containsExactly("F1:LEAD");
			assertThat(held("D_OFF")).isEmpty();
			assertThat(rows(
					"MATCH (:Agency {code: 'C2_UBND'})-[:HOLDS]->(:Responsibility)-[:GRANTED_BY]->(m) RETURN m.code"))
				.as("with the grants")
				.containsExactly("M");
		}

		@Test
		void aPerBodyPolicyOverridesTheTiersForTheBodiesItNames() {
			// The tier goes DOWN, but its office goes UP (by kind) and its people's
			// committee to one body (by code).
			save("""
					  - abolish_level:
					      level: DISTRICT
					      policy: DOWN
					      except:
					        - { kinds: [OFFICE], policy: UP }
					        - { agencies: [D_UBND], to: B }
					""");
			new TinyApparatus(ScenarioTests.this.driver).holds("D_UBND", "G", LEAD, "M");
			ScenarioTests.this.scenarios.apply("s", AS_OF, Attribution.commandLine("test"));
			assertThat(held("A")).as("the office's task goes to its professional superior above")
				.containsExactly("F1:LEAD", "G:LEAD");
			assertThat(held("B")).as("the committee's task goes to the body named")
				.containsExactly("F2:LEAD", "G:LEAD");
			assertThat(held("C1_UBND")).as("nothing goes down").isEmpty();
			assertThat(List.of(status("D_OFF"), status("D_UBND"))).containsExactly("DISSOLVED", "DISSOLVED");
			assertThat(superiors("C1_UBND")).as("the committee's subordinates go to the body named")
				.containsExactly("B:ADMINISTRATIVE");
			assertThat(ScenarioYaml.write(ScenarioTests.this.scenarios.require("s"))).as("written back as read")
				.contains("except:")
				.contains("kinds: [OFFICE]")
				.contains("agencies: [D_UBND]")
				.contains("to: B");
		}

		@Test
		void aPerBodyPolicyNamesBodiesOfTheTierAndHandsToABodyThatStays() {
			assertThatThrownBy(() -> save("""
					  - abolish_level:
					      level: DISTRICT
					      policy: DOWN
					      except:
					        - { agencies: [A], policy: UP }
					        - { kinds: [OFFICE], to: D_UBND }
					        - { kinds: [OFFICE] }
					        - { kinds: [NO_SUCH_KIND], policy: UP, to: B }
					""")).isInstanceOfSatisfying(InvalidScenarioException.class,
					ex -> assertThat(ex.problems()).extracting(ScenarioProblem::toString)
						.containsExactly(
								"changes[0].abolish_level.except[2]: give either policy (UP or DOWN) or to (a body)",
								"changes[0].abolish_level.except[3].kinds: \"NO_SUCH_KIND\" is not one of "
										+ List.of(AgencyKind.values()).stream().map(Enum::name).toList(),
								"changes[0].abolish_level.except[3]: names no body: give kinds, agencies or both",
								"changes[0].abolish_level.except[3]: give either policy (UP or DOWN) or to (a body)"));
			assertThatThrownBy(() -> save("""
					  - abolish_level:
					      level: DISTRICT
					      policy: DOWN
					      except:
					        - { agencies: [A], policy: UP }
					        - { kinds: [OFFICE], to: D_UBND }
					""")).isInstanceOfSatisfying(InvalidScenarioException.class, ex -> assertThat(ex.problems())
				.extracting(problem -> problem.toString().replaceAll(" on \\d{4}-\\d{2}-\\d{2}$", ""))
				.containsExactly(
						"changes[0].abolish_level.except[0].agencies[0]: A is not an active body of a unit of level DISTRICT",
						"changes[0].abolish_level.except[1].to: D_UBND is not an active body of a unit that stays (another level than DISTRICT)"));
			assertThat(ScenarioTests.this.scenarios.all()).as("nothing saved").isEmpty();
		}

		/**
		 * UP: the district office's task U, which the law has led at the district only,
		 * goes to its superior in the province, and so does the rule that it must be led
		 * at that level: from the day, at the province, on the same mandate. F1, which a
		 * province rule already addresses, keeps the rules it has.
		 */
		@Test
		void abolishingALevelMovesItsLevelRulesWithTheWorkItHandsOver(@TempDir Path folder) {
			new TinyApparatus(ScenarioTests.this.driver).function("U", null)
				.holds("D_OFF", "U", LEAD, "M")
				.levelRule("U", DISTRICT, "M");
			save("  - abolish_level: { level: DISTRICT, policy: UP }");
			ScenarioTests.this.scenarios.apply("s", AS_OF, Attribution.commandLine("test"));
			assertThat(held("A")).containsExactly("F1:LEAD", "G:LEAD", "U:LEAD");
			assertThat(levelRules("U")).containsExactly("DISTRICT M 0001-01-01..9999-12-31",
					"PROVINCE M 2025-01-01..9999-12-31");
			assertThat(levelRules("F1")).as("a rule already addresses the province")
				.containsExactly("DISTRICT M 0001-01-01..9999-12-31", "PROVINCE M 0001-01-01..9999-12-31");
			ScenarioTests.this.dataSets.exportTo(folder);
			assertThat(TestDataSet.read(folder).get("function-levels.csv").lines()).as("exported at its new level")
				.contains("U,PROVINCE,,M,2025-01-01,");
			assertThat(ScenarioTests.this.dataSets.check(DataSetSource.folder(folder))).isEmpty();
		}

		@Test
		void mergingUnitsMovesTheirAgenciesAndRemovesThem() {
			save("  - merge_units: { units: [C1, C2], into: { code: C12, name: \"Xã C12\" } }");
			ScenarioTests.this.scenarios.apply("s", AS_OF, Attribution.commandLine("test"));
			assertThat(agenciesIn("C12")).containsExactly("C1_UBND", "C2_UBND");
			assertThat(rows("MATCH (:AdminUnitPeriod {code: 'C12'})-[:PART_OF]->(p) RETURN p.code + p.level"))
				.containsExactly("D" + "DISTRICT");
			assertThat(existing(AS_OF, "C1", "C2")).isEmpty();
			assertThat(existing(AS_OF.minusDays(1), "C1", "C2")).containsExactly("C1", "C2");
		}

	}

	@Nested
	class UnitKinds {

		@Test
		void aMergerOfUnitsGivesTheNewUnitTheKindNamed() {
			save("  - merge_units: { units: [C1, C2], into: { code: C12, name: \"Phường C12\", kind: ward } }");
			assertThat(ScenarioYaml.write(ScenarioTests.this.scenarios.require("s"))).as("written back as read")
				.contains("into: {code: C12, name: Phường C12, kind: WARD}");
			ScenarioTests.this.scenarios.apply("s", AS_OF, Attribution.commandLine("test"));
			assertThat(rows("MATCH (u:AdminUnitPeriod {code: 'C12'}) WHERE u.validFrom <= $day < u.validTo "
					+ "RETURN u.level + ' ' + u.kind"))
				.containsExactly("COMMUNE WARD");
		}

		@Test
		void aKindThatIsNotOfTheUnitsLevelOrNoKindAtAllIsRefusedAndNothingIsSaved() {
			assertThatThrownBy(
					() -> save("  - merge_units: { units: [C1, C2], into: { code: C12, name: \"C12\", kind: TOWN } }"))
				.isInstanceOfSatisfying(InvalidScenarioException.class, ex -> assertThat(ex.problems())
					.extracting(ScenarioProblem::toString)
					.containsExactly("changes[0].merge_units.into.kind: a COMMUNE cannot be a TOWN, which is a "
							+ "kind of DISTRICT; a COMMUNE is one of RURAL_COMMUNE, WARD, TOWNSHIP, SPECIAL_ZONE"));
			assertThatThrownBy(() -> save(
					"  - merge_units: { units: [C1, C2], into: { code: C12, name: \"C12\", kind: VILLAGE } }"))
				.isInstanceOfSatisfying(InvalidScenarioException.class,
						ex -> assertThat(ex.problems()).extracting(ScenarioProblem::toString)
							.containsExactly("changes[0].merge_units.into.kind: \"VILLAGE\" is not one of "
									+ List.of(UnitKind.values()).stream().map(Enum::name).toList()));
			assertThat(ScenarioTests.this.scenarios.all()).as("nothing saved").isEmpty();
			assertThat(rows("MATCH (u:AdminUnit {code: 'C12'}) RETURN u.code")).as("the store unchanged").isEmpty();
		}

	}

	@Nested
	class Evaluation_ {

		@Test
		void findingsResolvedAndIntroducedByStableIdAndFiguresBeforeAndAfter() {
			save("""
					  - merge: { agencies: [A, B], into: B }
					  - dissolve: { agency: D_OFF }
					""");
			Evaluation evaluation = ScenarioTests.this.scenarios.evaluate("s", AS_OF);
			assertThat(evaluation.resolved()).extracting(Finding::rule).contains("DUPLICATE");
			assertThat(evaluation.newGapsAndOrphans()).singleElement().satisfies(gap -> {
				assertThat(gap.rule()).isEqualTo("GAP");
				assertThat(gap.functions()).containsExactly("F1");
				assertThat(gap.units()).containsExactly("D");
			});
			assertThat(Evaluation.total(evaluation.before(), false)).isEqualTo(7);
			assertThat(Evaluation.total(evaluation.after(), false)).isEqualTo(5);
			assertThat(Evaluation.total(evaluation.after(), true)).as("the dissolved office's staff is gone, A's moved")
				.isEqualTo(60);
			assertThat(evaluation.moved()).extracting(MovedResponsibility::to).contains("B").containsNull();
		}

		/**
		 * DOWN hands the district office's work to both communes' committees. Worked out
		 * by hand from the rules (domain.md §5): F1 must be led in the province and the
		 * district; its district rule now addresses the communes, which lead it, so no
		 * vertical overlap with the province. H has only a province rule: the district
		 * overlapped with the province before, each commune does after (no rule is
		 * invented). R has a rule for xã: C1 (a xã) is expected to lead it and stops
		 * being a GAP, C2 (a phường) is not, and overlaps with the province — the commune
		 * rule stands, the district's does not replace it. The office only coordinates K:
		 * no lead is handed down, so K's district rule does not move and the communes get
		 * no GAP for it (the district's GAP ends with the district).
		 */
		@Test
		void theLevelRulesOfAnAbolishedTierFollowTheLeadsItHandsDown() {
			new TinyApparatus(ScenarioTests.this.driver).kind("C1", UnitKind.RURAL_COMMUNE)
				.kind("C2", UnitKind.WARD)
				.function("H", null)
				.function("K", null)
				.function("R", null)
				.holds("A", "H", LEAD, "M")
				.holds("D_OFF", "H", LEAD, "M")
				.levelRule("H", PROVINCE, "M")
				.holds("D_OFF", "K", COORDINATE, "M")
				.levelRule("K", DISTRICT, "M")
				.holds("A", "R", LEAD, "M")
				.holds("D_OFF", "R", LEAD, "M")
				.levelRule("R", PROVINCE, "M")
				.levelRule("R", DISTRICT, "M")
				.levelRule("R", COMMUNE, "M", UnitKind.RURAL_COMMUNE);
			KnowledgeBaseEdits.committed(ScenarioTests.this.driver, ScenarioTests.this.events, "more tasks");
			save("  - abolish_level: { level: DISTRICT, policy: DOWN }");
			Evaluation evaluation = ScenarioTests.this.scenarios.evaluate("s", AS_OF);
			assertThat(levelFindings(evaluation.introduced())).containsExactlyInAnyOrder("OVERLAP_VERTICAL H [P, C1]",
					"OVERLAP_VERTICAL H [P, C2]", "OVERLAP_VERTICAL R [P, C2]");
			assertThat(levelFindings(evaluation.resolved())).containsExactlyInAnyOrder("OVERLAP_VERTICAL H [P, D]",
					"GAP K [D]", "GAP R [C1]");
			assertThat(levelRules("F1")).as("evaluation leaves the rules as they were")
				.containsExactly("DISTRICT M 0001-01-01..9999-12-31", "PROVINCE M 0001-01-01..9999-12-31");
		}

		@Test
		void readersSeeTheBaselineWhileAndAfterAScenarioIsEvaluated() {
			save("  - merge: { agencies: [A, B], into: { code: AB, name: \"Sở A-B\", kind: DEPARTMENT } }");
			List<String> seenMeanwhile = new ArrayList<>();
			ScenarioTests.this.scenarios.evaluate("s", AS_OF, moved -> {
				// another thread, another session, while the changed graph exists in the
				// evaluation's transaction
				seenMeanwhile.addAll(CompletableFuture.supplyAsync(
						() -> rows("MATCH (a:AgencyPeriod) WHERE a.status <> 'ACTIVE' OR a.code = 'AB' RETURN a.code"))
					.join());
				seenMeanwhile.addAll(CompletableFuture.supplyAsync(() -> held("B")).join());
			});
			assertThat(seenMeanwhile).containsExactly("F2:LEAD", "G:LEAD");
			assertThat(rows("MATCH (a:AgencyPeriod) WHERE a.status <> 'ACTIVE' OR a.code = 'AB' RETURN a.code"))
				.isEmpty();
			assertThat(held("A")).containsExactly("F1:LEAD", "G:LEAD");
			assertThat(rows("MATCH (e:ChangeEvent) RETURN e.code")).as("the change events went with the rollback")
				.isEmpty();
		}

		@Test
		void applyingCommitsTheChangesWithW3cOrgChangeEvents() {
			save("""
					  - transfer: { function: F, from: B, to: A }
					  - merge: { agencies: [A, B], into: B }
					""");
			ScenarioTests.this.scenarios.apply("s", AS_OF, Attribution.commandLine("test"));
			assertThat(rows("MATCH (e:ChangeEvent {scenario: 's'}) RETURN e.kind ORDER BY e.change"))
				.containsExactly("TRANSFER", "MERGE");
			assertThat(rows(
					"MATCH (e:ChangeEvent {kind: 'MERGE'})-[:ORIGINAL_ORGANIZATION]->(a) RETURN a.code ORDER BY a.code"))
				.containsExactly("A", "B");
			assertThat(rows("MATCH (e:ChangeEvent {kind: 'MERGE'})-[:RESULTING_ORGANIZATION]->(a) RETURN a.code"))
				.containsExactly("B");
		}

		/**
		 * Each change is an event of the kind changes.csv has, coded by scenario, day and
		 * position, with agencies or units by its kind; export writes them and the
		 * exported set passes validation.
		 */
		@Test
		void theEventsOfAnAppliedScenarioAreExportedAsChangesThatValidate(@TempDir Path folder) {
			save("""
					  - transfer: { function: F, from: B, to: A }
					  - merge: { agencies: [A, B], into: B }
					  - dissolve: { agency: D_OFF }
					  - merge_units: { units: [C1, C2], into: C1 }
					""");
			ScenarioTests.this.scenarios.apply("s", AS_OF, Attribution.commandLine("test"));
			ScenarioTests.this.dataSets.exportTo(folder);
			assertThat(TestDataSet.read(folder).get("changes.csv").lines().toList()).hasSize(5)
				.satisfies(lines -> assertThat(lines.get(0))
					.isEqualTo("code,date,kind,from_codes,to_codes,function_codes,mandate_code,note"))
				.satisfies(lines -> assertThat(lines.get(1)).startsWith("s.2025-01-01.0,2025-01-01,TRANSFER,B,A,F,,"))
				.satisfies(lines -> assertThat(lines.get(2)).startsWith("s.2025-01-01.1,2025-01-01,MERGE,A;B,B,,,"))
				.satisfies(lines -> assertThat(lines.get(3)).startsWith("s.2025-01-01.2,2025-01-01,DISSOLVE,D_OFF,,,,"))
				.satisfies(lines -> assertThat(lines.get(4))
					.startsWith("s.2025-01-01.3,2025-01-01,UNIT_MERGE,C1;C2,C1,,,"));
			assertThat(ScenarioTests.this.dataSets.check(DataSetSource.folder(folder))).isEmpty();
		}

	}

	@Nested
	class Validation {

		@Test
		void unknownCodesAreNamedWithTheirPlaceInTheScenario() {
			assertThatThrownBy(() -> save("""
					  - merge: { agencies: [A, NOBODY], into: B }
					  - transfer: { function: NO_FUNCTION, from: A, to: B }
					""")).isInstanceOfSatisfying(InvalidScenarioException.class,
					ex -> assertThat(ex.problems()).extracting(ScenarioProblem::toString)
						.containsExactly("changes[0].merge.agencies[1]: no agency with code NOBODY",
								"changes[1].transfer.function: no function with code NO_FUNCTION"));
			assertThat(ScenarioTests.this.scenarios.all()).as("nothing saved").isEmpty();
		}

		@Test
		void aChangeThatMakesNoSenseAfterThePreviousOnesIsNamed() {
			assertThatThrownBy(() -> save("""
					  - dissolve: { agency: A, hand_to: B }
					  - merge: { agencies: [A, B], into: B }
					  - transfer: { function: F1, from: A, to: B }
					  - abolish_level: { level: DISTRICT, policy: UP }
					  - abolish_level: { level: DISTRICT, policy: UP }
					""")).isInstanceOfSatisfying(InvalidScenarioException.class,
					ex -> assertThat(ex.problems()).extracting(ScenarioProblem::where)
						.containsExactly("changes[1].merge.agencies[0]", "changes[2].transfer.from",
								"changes[4].abolish_level.level"));
			assertThatThrownBy(() -> save("  - transfer: { function: F2, from: A, to: B }"))
				.hasMessageContaining("changes[0].transfer.from: A holds no responsibility for F2");
		}

		@Test
		void aChangeMayReferToWhatAnEarlierChangeCreatedOrGaveToAnAgency() {
			new TinyApparatus(ScenarioTests.this.driver).unit("C3", COMMUNE, "D");
			save("""
					  - merge: { agencies: [A, B], into: { code: AB, name: "Sở A-B", kind: DEPARTMENT } }
					  - transfer: { function: F2, from: AB, to: P_UBND }
					  - transfer: { function: F2, from: P_UBND, to: AB }
					  - merge_units: { units: [C1, C2], into: { code: C12, name: "Xã C12" } }
					  - merge_units: { units: [C12, C3], into: C12 }
					""");
			ScenarioTests.this.scenarios.apply("s", AS_OF, Attribution.commandLine("test"));
			assertThat(held("AB")).containsExactly("F1:LEAD", "F2:LEAD", "G:LEAD");
			assertThat(agenciesIn("C12")).containsExactly("C1_UBND", "C2_UBND");
			assertThat(existing(AS_OF, "C1", "C2", "C3")).isEmpty();
		}

		@Test
		void aChangeMayNotReferToWhatAnEarlierChangeRemovedOrTook() {
			assertThatThrownBy(() -> save("""
					  - merge_units: { units: [C1, C2], into: C1 }
					  - merge_units: { units: [C2, C1], into: C2 }
					  - transfer: { function: F, from: B, to: A }
					  - transfer: { function: F2, from: B, to: A }
					  - merge: { agencies: [A, B], into: { code: AB, name: "Sở A-B", kind: DEPARTMENT } }
					  - merge: { agencies: [P_UBND, D_UBND], into: { code: AB, name: "Sở A-B", kind: DEPARTMENT } }
					  - abolish_level: { level: DISTRICT, policy: UP }
					  - merge_units: { units: [D, C1], into: C1 }
					""")).isInstanceOfSatisfying(InvalidScenarioException.class, ex -> assertThat(ex.problems())
				.extracting(ScenarioProblem::toString)
				.containsExactly(
						"changes[1].merge_units.units[0]: no admin unit with code C2 (or an earlier change removed it)",
						"changes[1].merge_units.into: no admin unit with code C2",
						"changes[3].transfer.from: B holds no responsibility for F2 or a task under it (after the changes before this one)",
						"changes[5].merge.into.code: an agency AB already exists",
						"changes[7].merge_units.units[0]: no admin unit with code D (or an earlier change removed it)"));
			assertThat(ScenarioTests.this.scenarios.all()).as("nothing saved").isEmpty();
			assertThat(held("A")).as("validation left the knowledge base as it was")
				.containsExactly("F1:LEAD", "G:LEAD");
			assertThat(existing(AS_OF, "C1", "C2", "D", "P")).containsExactly("C1", "C2", "D", "P");
		}

		@Test
		void theRulesThatNeedNoGraphAreCheckedToo() {
			assertThatThrownBy(() -> save("""
					  - transfer: { function: F1, from: A, to: A }
					  - dissolve: { agency: B, hand_to: B }
					  - abolish_level: { level: PROVINCE, policy: UP }
					  - abolish_level: { level: COMMUNE, policy: DOWN }
					  - merge_units: { units: [D, C1], into: { code: X, name: "X" } }
					""")).isInstanceOfSatisfying(InvalidScenarioException.class, ex -> assertThat(ex.problems())
				.extracting(ScenarioProblem::toString)
				.containsExactly("changes[0].transfer.to: an agency cannot transfer a function to itself",
						"changes[1].dissolve.hand_to: an agency cannot hand its responsibilities to itself",
						"changes[2].abolish_level.level: the top level cannot be abolished: there is no unit above it",
						"changes[3].abolish_level.policy: there is no level below COMMUNE to hand down to",
						"changes[4].merge_units.units: only units of one level can merge, not [COMMUNE, DISTRICT]"));
		}

		@Test
		void aSavedScenarioThatNoLongerFitsIsRefusedByEvaluationAndApplyWithThePlaceOfTheChange() {
			save("""
					  - transfer: { function: F, from: B, to: A }
					  - dissolve: { agency: B }
					""");
			try (var session = ScenarioTests.this.driver.session()) {
				session.run("MATCH (b:AgencyPeriod {code: 'B'}) SET b.status = 'DISSOLVED'").consume();
			}
			String problem = "changes[0].transfer.from: B is DISSOLVED (in the knowledge base or after an earlier change of this scenario)";
			assertThatThrownBy(() -> ScenarioTests.this.scenarios.evaluate("s", AS_OF)).isInstanceOfSatisfying(
					InvalidScenarioException.class,
					ex -> assertThat(ex.problems()).extracting(ScenarioProblem::toString).startsWith(problem));
			assertThatThrownBy(() -> ScenarioTests.this.scenarios.apply("s", AS_OF, Attribution.commandLine("test")))
				.hasMessageContaining(problem);
			assertThat(held("A")).as("nothing applied").containsExactly("F1:LEAD", "G:LEAD");
			assertThat(rows("MATCH (e:ChangeEvent) RETURN e.code")).isEmpty();
		}

		@Test
		void theShapeOfTheFileIsCheckedWithThePathOfEachProblem() {
			assertThatThrownBy(() -> ScenarioYaml.read("""
					name: bad name
					changes:
					  - rename: { agency: A }
					  - transfer: { function: F, from: A }
					  - abolish_level: { level: REGION, policy: UP }
					""")).isInstanceOfSatisfying(InvalidScenarioException.class,
					ex -> assertThat(ex.problems()).extracting(ScenarioProblem::where)
						.containsExactly("name", "changes[0]", "changes[1].transfer.to",
								"changes[2].abolish_level.level"));
			assertThatThrownBy(() -> ScenarioYaml.read("name: x\nchanges: [ { merge: \n")).hasMessageContaining("line")
				.hasMessageContaining("not valid YAML");
		}

		@Test
		void aFileReadsBackAsItWasWritten() {
			Scenario scenario = ScenarioYaml
				.read("""
						name: all-kinds
						description: "Mọi loại thay đổi: \\"quoted\\""
						changes:
						  - merge: { agencies: [A, B], into: { code: AB, name: "Sở A-B", name_en: "A-B", kind: DEPARTMENT } }
						  - merge: { agencies: [AB, P_UBND], into: P_UBND }
						  - transfer: { function: F, from: B, to: A }
						  - dissolve: { agency: A, hand_to: B }
						  - dissolve: { agency: B }
						  - abolish_level: { level: DISTRICT, policy: DOWN }
						  - merge_units: { units: [C1, C2], into: C1 }
						""");
			assertThat(ScenarioYaml.read(ScenarioYaml.write(scenario))).isEqualTo(scenario);
			assertThat(scenario.changes()).hasSize(7);
		}

	}

	@Test
	void savedScenariosAreListedAndFoundByName() {
		save("  - transfer: { function: F, from: B, to: A }");
		assertThat(this.scenarios.all()).extracting(Scenario::name).containsExactly("s");
		assertThat(this.scenarios.find("s")).hasValueSatisfying(s -> assertThat(s.changes()).hasSize(1));
		assertThatThrownBy(() -> this.scenarios.evaluate("nope", AS_OF))
			.hasMessageContaining("no scenario named nope (saved: s)");
	}

}

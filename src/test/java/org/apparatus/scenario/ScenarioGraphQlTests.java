package org.apparatus.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apparatus.ApiUsers;
import org.apparatus.SeededKnowledgeBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2025 reform of the seed province as a scenario, saved and evaluated through
 * GraphQL.
 */
@SeededKnowledgeBase
class ScenarioGraphQlTests {

	static final String SAVE = "mutation($yaml: String!) { saveScenario(yaml: $yaml, reason: \"test\") { name changes { index type description } } }";

	static final String EVALUATE = """
			query($name: ID!) {
			  evaluateScenario(name: $name, asOf: "2025-02-28") {
			    asOf unchanged
			    resolved { id rule { id } }
			    introduced { id rule { id } }
			    newGapsAndOrphans { id }
			    before { agencies staffQuota byLevel { key agencies } }
			    after { agencies staffQuota byLevel { key agencies } }
			    moved { change function role from to }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	HttpGraphQlTester viewer;

	HttpGraphQlTester editor;

	@BeforeEach
	void logIn() {
		// the seed's evaluation and comparison (seven districts, 64 communes) answer with
		// more than the client's default 256 KB
		HttpGraphQlTester large = this.graphQl.mutate()
			.webTestClient((client) -> client.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 << 20)))
			.build();
		this.viewer = ApiUsers.viewer(large);
		this.editor = ApiUsers.editor(large);
	}

	@AfterEach
	void forgetScenarios() {
		try (var session = this.driver.session()) {
			session.run("MATCH (s:Scenario) DELETE s").consume();
		}
	}

	@Test
	void theShippedReformIsSavedAndEvaluatedWithoutChangingTheKnowledgeBase() throws IOException {
		String yaml = Files.readString(Path.of("seed-data/scenarios/reform-2025.yaml"));
		this.editor.document(SAVE)
			.variable("yaml", yaml)
			.execute()
			.path("saveScenario.name")
			.entity(String.class)
			.isEqualTo("reform-2025")
			.path("saveScenario.changes[0].description")
			.entity(String.class)
			.isEqualTo("transfer: {function: LAB.VOC, from: BL_SLDTBXH, to: BL_SGDDT}");
		long agencies = count();

		var response = this.viewer.document(EVALUATE).variable("name", "reform-2025").execute();
		response.path("evaluateScenario.resolved[*].id")
			.entityList(String.class)
			.contains("DUPLICATE-b3a174b0a9d7", "DUPLICATE-3981c2df63d4");
		response.path("evaluateScenario.before.agencies").entity(Integer.class).isEqualTo(760);
		response.path("evaluateScenario.after.byLevel[*].key")
			.entityList(String.class)
			.containsExactly("COMMUNE", "PROVINCE");
		response.path("evaluateScenario.moved[0]")
			.entity(java.util.Map.class)
			.satisfies(moved -> assertThat(moved).containsEntry("function", "LAB.VOC").containsEntry("to", "BL_SGDDT"));
		assertThat(count()).as("the knowledge base is as it was").isEqualTo(agencies);
	}

	/**
	 * The plan of 28 February 2025 held against the record of 1 March 2025. Derived from
	 * the scenario and changes.csv: the plan leaves 565 bodies (760 less 189 district
	 * bodies and 8 merged away, plus the 2 it creates); the record has 741 that day. 562
	 * of the plan's bodies (440 of them the commune bodies) are in the record by code,
	 * its new Sở Nông nghiệp và Môi trường by name (the record's BL_SNNMT), and Ban Dân
	 * tộc và Tôn giáo, which the plan keeps, by the record's events (they made it Sở Dân
	 * tộc và Tôn giáo); wrong is the plan's merged Party board (the record has it only
	 * from 1 July, in Cà Mau); the 177 others of the record are missed, mostly the
	 * district bodies it keeps until 1 July (25 in each of the seven districts).
	 */
	@Test
	void theReformHeldAgainstTheRecordMatchesTheBodiesItKeeps() throws IOException {
		this.editor.document(SAVE)
			.variable("yaml", Files.readString(Path.of("seed-data/scenarios/reform-2025.yaml")))
			.execute()
			.path("saveScenario.name")
			.entity(String.class)
			.isEqualTo("reform-2025");
		var response = this.viewer
			.document(
					"""
							{
							  scenarioComparison(name: "reform-2025", to: "2025-03-01", asOf: "2025-02-28") {
							    asOf to
							    summary { bodiesMatched bodiesMatchedByName bodiesMissed bodiesWrong bodyRatio leadsMatched leadsMissed leadsWrong matchRatio }
							    bodies { wrong { code name unit } missed { code } matched { by predicted { code } recorded { code } } }
							    leads { wrong { function unit predicted recorded } }
							  }
							}""")
			.execute();
		response.path("scenarioComparison.asOf").entity(String.class).isEqualTo("2025-02-28");
		response.path("scenarioComparison.summary")
			.entity(java.util.Map.class)
			.satisfies(summary -> assertThat(summary).containsEntry("bodiesMatched", 564)
				.containsEntry("bodiesMatchedByName", 1)
				.containsEntry("bodiesWrong", 1)
				.containsEntry("bodiesMissed", 177));
		response.path("scenarioComparison.summary.bodyRatio")
			.entity(Double.class)
			.satisfies(ratio -> assertThat(ratio).isCloseTo(564.0 / 742, org.assertj.core.api.Assertions.within(1e-9)));
		response.path("scenarioComparison.bodies.wrong[*].code")
			.entityList(String.class)
			.satisfies(wrong -> assertThat(wrong).containsExactly("PLAN_BL_BTGDV_TU"));
		response.path("scenarioComparison.bodies.missed[*].code")
			.entityList(String.class)
			.contains("BL_BTG_TU", "HD_UBND")
			.doesNotContain("BL_SDTTG");
		response.path("scenarioComparison.bodies.matched[?(@.by == 'EVENTS')].predicted.code")
			.entityList(String.class)
			.satisfies(byEvents -> assertThat(byEvents).containsExactly("BL_BDT"));
		response.path("scenarioComparison.leads.wrong[*]")
			.entityList(java.util.Map.class)
			.satisfies(wrong -> assertThat(wrong).isNotEmpty()
				.allSatisfy(lead -> assertThat(lead.get("predicted")).isNotEqualTo(lead.get("recorded"))));
	}

	@Test
	void aScenarioThatDoesNotFitTheKnowledgeBaseIsRefusedWithThePathOfTheProblem() {
		this.editor.document(SAVE)
			.variable("yaml",
					"name: bad\nas_of: 2025-02-28\nchanges:\n  - merge: { agencies: [BL_STC, BL_NOBODY], into: BL_STC }\n")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("argument", "changes[0].merge.agencies[1]");
				assertThat(error.getMessage()).contains("no agency with code BL_NOBODY");
			}));
		this.viewer.document("{ scenarios { name } }").execute().path("scenarios").entityList(Object.class).hasSize(0);
	}

	@Test
	void viewersReadScenariosButOnlyEditorsSaveThem() {
		this.viewer.document(SAVE)
			.variable("yaml", "name: x\nchanges:\n  - dissolve: { agency: BL_STC }\n")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		this.viewer.document("{ evaluateScenario(name: \"nope\") { unchanged } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND")));
	}

	@Test
	void aScenarioIsBuiltAndEditedWithStructuredInput() {
		String save = """
				mutation($scenario: ScenarioInput!) {
				  saveScenario(scenario: $scenario, reason: "test") { name description changes { index type description } }
				}""";
		var scenario = java.util.Map.of("name", "structured", "description", "Gộp hai sở", "asOf", "2025-02-28",
				"changes",
				List.of(java.util.Map.of("transfer",
						java.util.Map.of("function", "LAB.VOC", "from", "BL_SLDTBXH", "to", "BL_SGDDT")),
						java.util.Map.of("merge",
								java.util.Map.of("agencies", List.of("BL_SNNPTNT", "BL_STNMT"), "intoNew",
										java.util.Map.of("code", "PLAN_BL_SNNMT", "name",
												"Sở Nông nghiệp và Môi trường", "kind", "DEPARTMENT")))));
		this.editor.document(save)
			.variable("scenario", scenario)
			.execute()
			.path("saveScenario.changes[*].description")
			.entityList(String.class)
			.containsExactly("transfer: {function: LAB.VOC, from: BL_SLDTBXH, to: BL_SGDDT}",
					"merge: {agencies: [BL_SNNPTNT, BL_STNMT], into: {code: PLAN_BL_SNNMT, name: Sở Nông nghiệp và Môi trường, kind: DEPARTMENT}}");

		this.editor
			.document(
					"""
							mutation { addScenarioChange(name: "structured", at: 0, change: { abolishLevel: { level: DISTRICT, policy: DOWN } }, reason: "test") {
							  changes { type } } }""")
			.execute()
			.path("addScenarioChange.changes[*].type")
			.entityList(String.class)
			.containsExactly("abolish_level", "transfer", "merge");
		this.editor.document(
				"mutation { removeScenarioChange(name: \"structured\", index: 0, reason: \"test\") { changes { type } } }")
			.execute()
			.path("removeScenarioChange.changes[*].type")
			.entityList(String.class)
			.containsExactly("transfer", "merge");

		this.editor.document(
				"""
						mutation { addScenarioChange(name: "structured", change: { dissolve: { agency: "BL_SNNPTNT" } }, reason: "test") { name } }""")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("argument", "changes[2].dissolve.agency");
				assertThat(error.getMessage()).contains("BL_SNNPTNT");
			}));
		this.editor.document(save)
			.variable("scenario", java.util.Map
				.of("name", "structured", "asOf", "2025-02-28", "changes", List.of(java.util.Map.of("merge",
						java.util.Map.of("agencies", List.of("BL_STC", "BL_SKHDT"), "intoNew",
								java.util.Map.of("code", "BL_STC", "name", "Sở Tài chính", "kind", "DEPARTMENT"))))))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument",
						"scenario.changes[0].merge.intoNew.code")));
		// merged communes become a new unit of a kind of their level, or are refused
		this.editor.document(save)
			.variable("scenario", java.util.Map.of("name", "wards", "asOf", "2025-02-28", "changes",
					List.of(java.util.Map.of("mergeUnits",
							java.util.Map.of("units", List.of("BL.TPBL.P1", "BL.TPBL.P2"), "intoNew",
									java.util.Map.of("code", "BL.TPBL.P12", "name", "Phường 1-2", "kind", "WARD"))))))
			.execute()
			.path("saveScenario.changes[*].description")
			.entityList(String.class)
			.containsExactly(
					"merge_units: {units: [BL.TPBL.P1, BL.TPBL.P2], into: {code: BL.TPBL.P12, name: Phường 1-2, kind: WARD}}");
		this.editor.document(save)
			.variable("scenario", java.util.Map.of("name", "towns", "asOf", "2025-02-28", "changes",
					List.of(java.util.Map.of("mergeUnits",
							java.util.Map.of("units", List.of("BL.TPBL.P1", "BL.TPBL.P2"), "intoNew",
									java.util.Map.of("code", "BL.TPBL.P12", "name", "Thị xã?", "kind", "TOWN"))))))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("argument",
						"scenario.changes[0].mergeUnits.intoNew.kind");
				assertThat(error.getMessage()).contains("a COMMUNE cannot be a TOWN, which is a kind of DISTRICT");
			}));
		this.viewer.document("{ scenario(name: \"towns\") { name } }").execute().path("scenario").valueIsNull();
		this.viewer.document("{ scenario(name: \"structured\") { changes { type } } }")
			.execute()
			.path("scenario.changes[*].type")
			.entityList(String.class)
			.containsExactly("transfer", "merge");
	}

	/**
	 * Each change to a saved scenario checks the whole scenario against the knowledge
	 * base (docs/api.md, Limits): a request for six of them is refused before any runs.
	 */
	@Test
	void aRequestCheckingSixScenariosIsRefusedBeforeAnyIsChecked() {
		StringBuilder document = new StringBuilder("mutation {");
		for (int i = 0; i < 6; i++) {
			document.append(" c")
				.append(i)
				.append(": addScenarioChange(name: \"plan-")
				.append(i)
				.append("\", change: { transfer: { function: \"FIN.CAPEX\", from: \"BL_SKHDT\", to: \"BL_STC\" } }, ")
				.append("reason: \"test\") { name }");
		}
		document.append(" }");
		this.editor.document(document.toString())
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).startsWith("maximum query complexity exceeded")
					.contains("6 analyses of the knowledge base (addScenarioChange;")));
	}

	private long count() {
		try (var session = this.driver.session()) {
			return session
				.run("MATCH (:AgencyPeriod {status: 'ACTIVE'})-[:PERIOD_OF]->(a:Agency)-[:HOLDS]->(r) "
						+ "RETURN count(r) AS n")
				.single()
				.get("n")
				.asLong();
		}
	}

}

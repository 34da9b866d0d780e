package org.apparatus.dataset;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.apparatus.analysis.Comparison;
import org.apparatus.analysis.DayComparison;
import org.apparatus.audit.Attribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Change events imported from changes.csv (TestDataSet#reformWithEvents) are read where
 * the events of an applied scenario are: the history of an agency and of a unit, and the
 * mergers between two days. The expected events follow from the file by hand.
 */
@EmptyKnowledgeBase
@TestInstance(Lifecycle.PER_CLASS)
class ChangeEventTests {

	private static final String HISTORY = """
			query($code: ID!) { history(code: $code) { kind events {
			  code date kind note mandate originals results functions } } }""";

	@Autowired
	DataSetService dataSets;

	@Autowired
	DayComparison comparison;

	@Autowired
	Driver driver;

	GraphQlTester graphQl;

	@BeforeAll
	void reformWithEvents(@TempDir Path folder, @Autowired ExecutionGraphQlService service) {
		StoreCleaner.wipe(this.driver);
		this.dataSets.importFrom(DataSetSource.folder(TestDataSet.reformWithEvents().writeTo(folder)),
				ImportProgress.NONE, Attribution.commandLine("test"));
		this.graphQl = ExecutionGraphQlServiceTester.create(service);
	}

	@Test
	void eventsAreStoredAsW3cOrgChangeEvents() {
		try (var session = this.driver.session()) {
			var merger = session.run("""
					MATCH (e:ChangeEvent {code: 'EV_2025_03_01_SAB'})
					RETURN e.kind AS kind, e.date AS date,
					       [(e)-[:ORIGINAL_ORGANIZATION]->(a:Agency) | a.code] AS originals,
					       [(e)-[:RESULTING_ORGANIZATION]->(a:Agency) | a.code] AS results,
					       [(e)-[:BASED_ON]->(m:Mandate) | m.code] AS mandates""").single();
			assertThat(merger.get("kind").asString()).isEqualTo("MERGE");
			assertThat(merger.get("date").asLocalDate()).isEqualTo(LocalDate.of(2025, 3, 1));
			assertThat(merger.get("originals").asList()).containsExactlyInAnyOrder("SA", "SB");
			assertThat(merger.get("results").asList()).containsExactly("SAB");
			assertThat(merger.get("mandates").asList()).containsExactly("M-45");
			var level = session.run("""
					MATCH (e:ChangeEvent {code: 'EV_2025_07_01_D'})
					RETURN [(e)-[:ORIGINAL_UNIT]->(u:AdminUnit) | u.code] AS originals,
					       [(e)-[:RESULTING_UNIT]->(u:AdminUnit) | u.code] AS results""").single();
			assertThat(level.get("originals").asList()).containsExactly("D");
			assertThat(level.get("results").asList()).containsExactly("P");
		}
	}

	@Test
	void theHistoryOfAnAgencyShowsTheEventsThatTouchedIt() {
		var events = history("SAB");
		assertThat(events).extracting(e -> e.get("code")).containsExactly("EV_2025_03_01_SAB", "EV_2025_05_01_H");
		assertThat(events.get(0)).containsEntry("date", "2025-03-01")
			.containsEntry("kind", "MERGE")
			.containsEntry("note", "Sở A và Sở B hợp nhất thành Sở A-B")
			.containsEntry("mandate", "M-45")
			.containsEntry("originals", List.of("SA", "SB"))
			.containsEntry("results", List.of("SAB"))
			.containsEntry("functions", List.of());
		assertThat(events.get(1)).containsEntry("kind", "TRANSFER")
			.containsEntry("originals", List.of("SC"))
			.containsEntry("functions", List.of("H"));
		assertThat(history("SC")).extracting(e -> e.get("kind")).containsExactly("RENAME", "TRANSFER");
		assertThat(history("D_UBND")).extracting(e -> e.get("kind")).containsExactly("DISSOLVE");
	}

	@Test
	void theHistoryOfAUnitShowsTheUnitEventsThatTouchedIt() {
		var events = history("P");
		assertThat(events).extracting(e -> e.get("code") + " " + e.get("kind"))
			.containsExactly("EV_2025_07_01_D LEVEL_ABOLISHED", "EV_2025_07_01_Q UNIT_MERGE");
		assertThat(events.get(0)).containsEntry("originals", List.of("D"))
			.containsEntry("results", List.of("P"))
			.containsEntry("mandate", "M-150");
		assertThat(history("D")).extracting(e -> e.get("code")).containsExactly("EV_2025_07_01_D");
		assertThat(history("C1")).as("re-parented, not named by an event").isEmpty();
	}

	@Test
	void compareShowsTheImportedMergerBetweenTheDayBeforeAndTheDayOfIt() {
		Comparison c = this.comparison.compare(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 1), null);
		assertThat(c.merged()).singleElement().satisfies(e -> {
			assertThat(e.code()).isEqualTo("EV_2025_03_01_SAB");
			assertThat(e.originals()).containsExactly("SA", "SB");
			assertThat(e.results()).containsExactly("SAB");
			assertThat(e.mandate()).isEqualTo("M-45");
		});
		assertThat(this.comparison.compare(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 7, 1), null).merged())
			.as("the record of 1 March already shows the merger")
			.isEmpty();
	}

	@Test
	void aUnitIsComparedWithTheUnitsMergedIntoItAsWellAsWithThoseItWasMergedInto() {
		// Q was merged into P on 1 July 2025: P's comparison across that day holds Q on
		// the
		// day before, as Q's holds P on the day after.
		assertThat(this.comparison.compare(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1), "P").unitsEnded())
			.extracting(Comparison.UnitChange::code)
			.containsExactlyInAnyOrder("D", "Q");
		assertThat(this.comparison.compare(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1), "Q").unitsEnded())
			.extracting(Comparison.UnitChange::code)
			.containsExactly("Q");
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> history(String code) {
		return (List<Map<String, Object>>) (List<?>) this.graphQl.document(HISTORY)
			.variable("code", code)
			.execute()
			.path("history.events")
			.entityList(Map.class)
			.get();
	}

}

package org.apparatus.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apparatus.KnowledgeBaseEdits;
import org.apparatus.QueryCounter;
import org.apparatus.SeededKnowledgeBase;
import org.apparatus.api.InvalidArgumentException;
import org.apparatus.audit.Attribution;
import org.apparatus.registry.RegistryEdits.FunctionChanges;
import org.apparatus.registry.RegistryEdits.NewAdminUnit;
import org.apparatus.registry.RegistryEdits.NewAgency;
import org.apparatus.registry.RegistryEdits.NewFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two editors at the same moment: opposite edits that would each close a cycle with the
 * other are raced in pairs; exactly one of each pair is made, the other refused as a
 * cycle, and the graph never holds one (so export and re-import keep working).
 */
@SeededKnowledgeBase
class RacingEditorsTests {

	static final int PAIRS = 12;

	static final Attribution BY = Attribution.commandLine("test: racing editors");

	@Autowired
	RegistryEditor editor;

	@Autowired
	Driver driver;

	@Autowired
	QueryCounter queries;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void undoEdits() {
		KnowledgeBaseEdits.undo(this.driver, this.events);
	}

	@Test
	void oppositeReportingLinesNeverBothCommit() throws Exception {
		this.editor.createAdminUnit(new NewAdminUnit("TEST_P", "Tỉnh thử", null, AdminLevel.PROVINCE, null, null), BY);
		List<Callable<Boolean>> edits = new ArrayList<>();
		for (int i = 0; i < PAIRS; i++) {
			String a = "TEST_A" + i;
			String b = "TEST_B" + i;
			for (String code : List.of(a, b)) {
				this.editor.createAgency(new NewAgency(code, "Sở thử " + code, null, Sector.STATE,
						AgencyKind.DEPARTMENT, "TEST_P", null, null), BY);
			}
			edits.add(() -> made(() -> this.editor.addReportingLine(a, b, ReportingLineKind.ADMINISTRATIVE, BY)));
			edits.add(() -> made(() -> this.editor.addReportingLine(b, a, ReportingLineKind.ADMINISTRATIVE, BY)));
		}
		assertExactlyOneOfEachPairMade(race(edits));
		assertThat(count("""
				MATCH (a:Agency)-[:REPORTS_TO {line: 'ADMINISTRATIVE'}]->(b:Agency)
				      -[:REPORTS_TO {line: 'ADMINISTRATIVE'}]->(a)
				WHERE a.code STARTS WITH 'TEST_'
				RETURN count(*) AS n""")).isZero();
	}

	@Test
	void oppositeFunctionParentsNeverBothCommit() throws Exception {
		List<Callable<Boolean>> edits = new ArrayList<>();
		for (int i = 0; i < PAIRS; i++) {
			String f = "TEST_F" + i;
			String g = "TEST_G" + i;
			for (String code : List.of(f, g)) {
				this.editor.createFunction(new NewFunction(code, "Nhiệm vụ thử " + code, null, null, null), BY);
			}
			edits.add(() -> made(() -> this.editor.updateFunction(f, new FunctionChanges(null, null, g, null), BY)));
			edits.add(() -> made(() -> this.editor.updateFunction(g, new FunctionChanges(null, null, f, null), BY)));
		}
		assertExactlyOneOfEachPairMade(race(edits));
		assertThat(count("""
				MATCH (f:Function)-[:PART_OF]->(g:Function)-[:PART_OF]->(f)
				WHERE f.code STARTS WITH 'TEST_'
				RETURN count(*) AS n""")).isZero();
	}

	@Test
	void anEditTakesTheLockAndWritesItsNewRevisionInOneStatement() {
		this.queries.reset();
		this.editor.createFunction(new NewFunction("TEST_ONE", "Nhiệm vụ thử", null, null, null), BY);
		assertThat(this.queries.count("SET revision.token")).isEqualTo(1);
		this.queries.reset();
		this.editor.updateFunction("TEST_ONE", new FunctionChanges("Nhiệm vụ thử đổi tên", null, null, null), BY);
		assertThat(this.queries.count("SET revision.token")).isEqualTo(1);
	}

	/** Runs the edits all at once, pairs side by side; whether each was made. */
	private static List<Boolean> race(List<Callable<Boolean>> edits) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> results = pool.invokeAll(edits);
			List<Boolean> made = new ArrayList<>();
			for (Future<Boolean> result : results) {
				made.add(result.get());
			}
			return made;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static boolean made(Runnable edit) {
		try {
			edit.run();
			return true;
		}
		catch (InvalidArgumentException ex) {
			assertThat(ex.problem()).isEqualTo(InvalidArgumentException.Problem.CYCLE);
			return false;
		}
	}

	private static void assertExactlyOneOfEachPairMade(List<Boolean> made) {
		for (int i = 0; i < made.size(); i += 2) {
			assertThat(made.get(i) ^ made.get(i + 1)).as("pair %d: %s, %s", i / 2, made.get(i), made.get(i + 1))
				.isTrue();
		}
	}

	private long count(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).single().get("n").asLong();
		}
	}

}

package org.apparatus;

import org.apparatus.system.KnowledgeBaseChanged;
import org.apparatus.system.KnowledgeBaseRevision;
import org.neo4j.driver.Driver;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Takes back what tests on the shared seeded knowledge base added: every node whose code
 * starts with {@code TEST_}, the responsibilities of such agencies, and the planners'
 * marks.
 */
public final class KnowledgeBaseEdits {

	private KnowledgeBaseEdits() {
	}

	public static void undo(Driver driver, ApplicationEventPublisher events) {
		try (var session = driver.session()) {
			session.run("""
					MATCH (n) WHERE (n:Agency OR n:AgencyPeriod OR n:AdminUnit OR n:AdminUnitPeriod OR n:Function
					  OR n:Mandate) AND n.code STARTS WITH 'TEST_'
					OPTIONAL MATCH (n)-[:HOLDS]->(r:Responsibility)
					DETACH DELETE r, n""").consume();
			session.run("MATCH (r:Responsibility) WHERE r.code STARTS WITH 'TEST_' DETACH DELETE r").consume();
			session.run("MATCH (m:FindingMark) DELETE m").consume();
		}
		committed(driver, events, "tests took their edits back");
	}

	/**
	 * What every writer of Apparatus does after changing the graph: a new revision in the
	 * store and, in this process, the event; for tests that change the graph with the
	 * driver directly.
	 */
	public static void committed(Driver driver, ApplicationEventPublisher events, String what) {
		newRevision(driver);
		events.publishEvent(new KnowledgeBaseChanged(what));
	}

	/**
	 * A new revision in the store only, as another process working through --uri leaves
	 * it.
	 */
	public static void newRevision(Driver driver) {
		try (var session = driver.session()) {
			KnowledgeBaseRevision.bump(session);
		}
	}

}

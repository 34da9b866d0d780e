package org.apparatus;

import org.apparatus.system.KnowledgeBaseChanged;
import org.neo4j.driver.Driver;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Takes back what tests on the shared seeded knowledge base added: every node whose code starts
 * with {@code TEST_}, the responsibilities of such agencies, and the planners' marks.
 */
public final class KnowledgeBaseEdits {

	private KnowledgeBaseEdits() {
	}

	public static void undo(Driver driver, ApplicationEventPublisher events) {
		try (var session = driver.session()) {
			session.run("""
					MATCH (n) WHERE (n:Agency OR n:AdminUnit OR n:Function OR n:Mandate) AND n.code STARTS WITH 'TEST_'
					OPTIONAL MATCH (n)-[:HOLDS]->(r:Responsibility)
					DETACH DELETE r, n""").consume();
			session.run("MATCH (r:Responsibility) WHERE r.code STARTS WITH 'TEST_' DETACH DELETE r").consume();
			session.run("MATCH (m:FindingMark) DELETE m").consume();
		}
		events.publishEvent(new KnowledgeBaseChanged("tests took their edits back"));
	}

}

package org.apparatus;

import org.neo4j.driver.Driver;

/**
 * Empties the knowledge base, saved scenarios and the audit log included (schema and
 * migration history stay).
 */
public final class StoreCleaner {

	private StoreCleaner() {
	}

	public static void wipe(Driver driver) {
		try (var session = driver.session()) {
			session
				.run("MATCH (n) WHERE n:AdminUnit OR n:AdminUnitPeriod OR n:Agency OR n:AgencyPeriod OR n:Function "
						+ "OR n:Mandate OR n:Responsibility OR n:ImportInProgress OR n:FindingMark OR n:Scenario "
						+ "OR n:ChangeEvent OR n:AuditRecord DETACH DELETE n")
				.consume();
			session.run("MATCH (r:Revision) REMOVE r.loading, r.loadingSince").consume();
		}
		KnowledgeBaseEdits.newRevision(driver);
	}

	public static long count(Driver driver, String label) {
		try (var session = driver.session()) {
			return session.run("MATCH (n:" + label + ") RETURN count(n) AS n").single().get("n").asLong();
		}
	}

}

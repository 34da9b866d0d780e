package org.apparatus.analysis;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

import org.apparatus.system.CypherFile;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The planners' marks, stored as {@code FindingMark} nodes keyed by finding id (never
 * touched by imports).
 */
@Component
class FindingMarks {

	private final Neo4jClient client;

	FindingMarks(Neo4jClient client) {
		this.client = client;
	}

	Map<String, FindingMark> all() {
		Map<String, FindingMark> marks = new HashMap<>();
		this.client.query(CypherFile.load("analysis/marks"))
			.fetch()
			.all()
			.forEach(row -> marks.put((String) row.get("findingId"), mark(row)));
		return marks;
	}

	FindingMark save(String findingId, FindingStatus status, String note, String markedBy) {
		return this.client.query(CypherFile.load("analysis/save-mark"))
			.bindAll(Map.of("findingId", findingId, "status", status.name(), "note", note, "markedBy", markedBy))
			.fetch()
			.one()
			.map(FindingMarks::mark)
			.orElseThrow();
	}

	void remove(String findingId) {
		this.client.query(CypherFile.load("analysis/remove-mark")).bind(findingId).to("findingId").run();
	}

	private static FindingMark mark(Map<String, Object> row) {
		return new FindingMark((String) row.get("findingId"), FindingStatus.valueOf((String) row.get("status")),
				(String) row.get("note"), (String) row.get("markedBy"),
				((ZonedDateTime) row.get("markedAt")).toInstant());
	}

}

package org.apparatus.analysis;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apparatus.system.CypherFile;
import org.apparatus.system.KnowledgeBaseRevision;
import org.apparatus.system.RevisionCache;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The planners' marks, stored as {@code FindingMark} nodes keyed by finding id (never
 * touched by imports). Every analysis a request reads carries them, so they are kept in
 * memory for one revision of the marks ({@link KnowledgeBaseRevision#marks()}, replaced
 * by every mark and unmark of any process) and of the knowledge base, and read again at
 * once after a mark of this process commits.
 */
@Component
class FindingMarks {

	private final Neo4jClient client;

	/** Marks and unmarks of this process that have ended (committed or not). */
	private final AtomicLong written = new AtomicLong();

	private final RevisionCache<Boolean, Map<String, FindingMark>> kept;

	FindingMarks(Neo4jClient client, KnowledgeBaseRevision revision) {
		this.client = client;
		this.kept = new RevisionCache<>(() -> revision.current() + "/" + revision.marks() + "/" + this.written.get(),
				1);
	}

	/** Every mark by finding id (read-only). */
	Map<String, FindingMark> all() {
		return this.kept.get(Boolean.TRUE, all -> read());
	}

	private Map<String, FindingMark> read() {
		Map<String, FindingMark> marks = new HashMap<>();
		this.client.query(CypherFile.load("analysis/marks"))
			.fetch()
			.all()
			.forEach(row -> marks.put((String) row.get("findingId"), mark(row)));
		return Map.copyOf(marks);
	}

	/** Reads the marks again once the transaction of a mark or unmark has ended. */
	private void written() {
		this.written.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					FindingMarks.this.written.incrementAndGet();
				}
			});
		}
	}

	FindingMark save(String findingId, FindingStatus status, String note, String markedBy) {
		written();
		return this.client.query(CypherFile.load("analysis/save-mark"))
			.bindAll(Map.of("findingId", findingId, "status", status.name(), "note", note, "markedBy", markedBy))
			.fetch()
			.one()
			.map(FindingMarks::mark)
			.orElseThrow();
	}

	void remove(String findingId) {
		written();
		this.client.query(CypherFile.load("analysis/remove-mark")).bind(findingId).to("findingId").run();
	}

	private static FindingMark mark(Map<String, Object> row) {
		return new FindingMark((String) row.get("findingId"), FindingStatus.valueOf((String) row.get("status")),
				(String) row.get("note"), (String) row.get("markedBy"),
				((ZonedDateTime) row.get("markedAt")).toInstant());
	}

}

package org.apparatus.system;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.SimpleQueryRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Which revision of the knowledge base this process is looking at, for caches of what is
 * computed from it. Every write through Apparatus — an import, a mutation, in this
 * process or another one working through {@code --uri} — replaces the store's revision
 * token in its own transaction ({@link #bump()}, or {@link #bump(SimpleQueryRunner)} for
 * a driver transaction). The token is read from the store at most once per
 * {@code apparatus.revision-check} (default 1 s), and at once after a write of this
 * process, so a change made elsewhere is seen within that interval.
 *
 * <p>
 * The revision also says whether an initial load is running ({@link #loadInProgress()}):
 * such a load commits batch by batch, and its partial graph must be served to no one —
 * the API and the workbench answer "being loaded" and the analysis refuses to run until
 * the load completes or is rolled back.
 */
@Component
public class KnowledgeBaseRevision {

	private final Neo4jClient client;

	private final long checkNanos;

	private volatile String token = "";

	private volatile String marks = "";

	private volatile @Nullable Load load;

	private volatile long checkedAt;

	private volatile boolean stale = true;

	KnowledgeBaseRevision(Neo4jClient client, @Value("${apparatus.revision-check:1s}") Duration check) {
		this.client = client;
		this.checkNanos = check.toNanos();
	}

	/**
	 * The current revision token (re-read from the store when the last read is older than
	 * the interval).
	 * @throws KnowledgeBaseLoadingException while an initial load runs: nothing may be
	 * computed from its partial graph
	 */
	public String current() {
		refresh();
		Load running = this.load;
		if (running != null) {
			throw new KnowledgeBaseLoadingException(running);
		}
		return this.token;
	}

	/**
	 * The current revision of the planners' marks on findings, which are not part of the
	 * knowledge base (an analysis does not change when a finding is marked): a token
	 * every mark and unmark replaces (cypher {@code analysis/save-mark},
	 * {@code remove-mark}), read with the knowledge base's, at most once per interval.
	 * @throws KnowledgeBaseLoadingException while an initial load runs
	 */
	public String marks() {
		current();
		return this.marks;
	}

	/**
	 * The initial load running in the store, in this process or another one; null when
	 * none is (as of the last read, at most an interval ago).
	 */
	public @Nullable Load loadInProgress() {
		refresh();
		return this.load;
	}

	private void refresh() {
		long now = System.nanoTime();
		if (this.stale || now - this.checkedAt >= this.checkNanos) {
			this.stale = false;
			this.checkedAt = now;
			Map<String, Object> read = this.client.query(CypherFile.load("system/read-revision"))
				.fetch()
				.one()
				.orElseThrow();
			this.load = (read.get("loading") instanceof String source
					&& read.get("loadingSince") instanceof ZonedDateTime since) ? new Load(source, since) : null;
			this.token = (String) read.get("token");
			this.marks = (String) read.get("marks");
		}
	}

	/**
	 * An initial load in progress.
	 *
	 * @param source what is being loaded
	 * @param since when the load began
	 */
	public record Load(String source, ZonedDateTime since) {
	}

	/**
	 * Gives the knowledge base a new revision token, in the Spring-managed transaction of
	 * the write that calls it.
	 */
	public void bump() {
		this.client.query(CypherFile.load("system/new-revision")).run();
	}

	/**
	 * Takes the knowledge base's write lock (its revision node) in the Spring-managed
	 * transaction of an edit, before the edit checks anything: edits guarded by a check —
	 * no cycle, no duplicate — then run one after another, so two of them can never both
	 * pass their checks on the state before either (two opposite reporting lines each
	 * closing a cycle with the other). The lock is held until the transaction ends;
	 * readers never wait for it. Taking it is the edit's one write of a new revision
	 * token ({@link #bump()}): the edit need not bump again.
	 */
	public void lockForEdit() {
		bump();
	}

	/**
	 * Gives the knowledge base a new revision token, in the given driver transaction or
	 * session.
	 */
	public static void bump(SimpleQueryRunner transaction) {
		transaction.run(CypherFile.load("system/new-revision")).consume();
	}

	/**
	 * Records, in the driver transaction that writes an initial load's journal, that the
	 * load has begun: a new revision token, and every reader stops serving the knowledge
	 * base.
	 */
	public static void beginLoad(SimpleQueryRunner transaction, String source) {
		transaction.run(CypherFile.load("system/begin-load"), Map.of("source", source)).consume();
	}

	/**
	 * Records, in the driver transaction that removes an initial load's journal, that it
	 * completed or was rolled back: a new revision token, and the knowledge base is
	 * served again.
	 */
	public static void endLoad(SimpleQueryRunner transaction) {
		transaction.run(CypherFile.load("system/end-load")).consume();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void knowledgeBaseChanged(KnowledgeBaseChanged event) {
		this.stale = true;
	}

}

package org.apparatus.dataset;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.apparatus.system.CypherFile;
import org.apparatus.system.KnowledgeBaseRevision;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The journal of an initial load: the {@code ImportInProgress} node under which a load
 * into an empty store commits batch by batch. While it exists the knowledge base is
 * served to no one ({@link KnowledgeBaseRevision#loadInProgress()}), and no other import
 * starts.
 *
 * <p>
 * The loader renews the journal's heartbeat every {@link #HEARTBEAT}. A journal whose
 * heartbeat has stopped for {@link #ABANDONED_AFTER} — its loader was killed, crashed or
 * lost its connection — is rolled back by whichever Apparatus process sees it first
 * (every process looks every {@link #HEARTBEAT}, and once as it starts): the partial
 * graph is wiped back to the empty store the load began from, and only then is the
 * journal removed, so readers never see the partial graph. Nothing else can have been
 * written to the knowledge base in the meantime, since readers and writers wait for the
 * load. A loader that was only slow finds its journal rolled back at its next batch and
 * stops.
 */
final class InitialLoadJournal implements AutoCloseable {

	static final Duration HEARTBEAT = Duration.ofSeconds(2);

	static final Duration ABANDONED_AFTER = Duration.ofSeconds(15);

	private static final Log logger = LogFactory.getLog(InitialLoadJournal.class);

	private final Driver driver;

	private final String id = UUID.randomUUID().toString();

	private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "initial-load-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	private InitialLoadJournal(Driver driver) {
		this.driver = driver;
	}

	/** Writes the journal of a load that begins, and starts renewing its heartbeat. */
	static InitialLoadJournal begin(Driver driver, String source) {
		InitialLoadJournal journal = new InitialLoadJournal(driver);
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				tx.run(CypherFile.load("dataset/begin-initial-load"), Map.of("id", journal.id, "source", source))
					.consume();
				KnowledgeBaseRevision.beginLoad(tx, source);
			});
		}
		journal.heartbeat.scheduleWithFixedDelay(journal::renew, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
				TimeUnit.MILLISECONDS);
		return journal;
	}

	private void renew() {
		try (Session session = this.driver.session()) {
			session.executeWrite(tx -> tx.run(CypherFile.load("dataset/load-heartbeat"), Map.of("id", this.id)).list());
		}
		catch (RuntimeException ex) {
			// The next beat tries again; if none gets through, the load is abandoned and
			// rolled back, which is what a load that cannot reach its store should be.
			logger.debug("Heartbeat of the initial load not renewed: " + ex.getMessage());
		}
	}

	/**
	 * Fails the batch whose transaction this is if the load has been rolled back, so that
	 * nothing more of it is written.
	 */
	void checkAlive(SimpleQueryRunner transaction) {
		if (!transaction.run(CypherFile.load("dataset/load-alive"), Map.of("id", this.id))
			.single()
			.get("alive")
			.asBoolean()) {
			throw rolledBack();
		}
	}

	/**
	 * Removes the journal in the transaction that completes the load.
	 * @throws IllegalStateException if the load was rolled back meanwhile
	 */
	void complete(SimpleQueryRunner transaction) {
		if (transaction.run(CypherFile.load("dataset/end-initial-load"), Map.of("id", this.id)).list().isEmpty()) {
			throw rolledBack();
		}
		KnowledgeBaseRevision.endLoad(transaction);
	}

	/**
	 * Rolls the load back after it failed, unless another process has already done it.
	 */
	void rollBack() {
		close();
		try (Session session = this.driver.session()) {
			if (!session.executeWrite(tx -> tx.run(CypherFile.load("dataset/claim-load"), Map.of("id", this.id)).list())
				.isEmpty()) {
				wipe(session);
			}
		}
	}

	private IllegalStateException rolledBack() {
		return new IllegalStateException("the initial load was rolled back: its heartbeat had stopped for more than "
				+ ABANDONED_AFTER.toSeconds() + " s (the store is empty again; import once more)");
	}

	/** Stops renewing the heartbeat. */
	@Override
	public void close() {
		this.heartbeat.shutdownNow();
	}

	/** How long a roll-back claimed by a process may take before another claims it. */
	static final Duration ROLL_BACK_RECLAIMED_AFTER = Duration.ofMinutes(10);

	/**
	 * Rolls back an initial load that its loader abandoned, if there is one; true if it
	 * did.
	 */
	static boolean rollBackAbandoned(Driver driver) {
		return rollBack(driver, ABANDONED_AFTER, ROLL_BACK_RECLAIMED_AFTER);
	}

	/**
	 * Rolls back any initial load in the store, as a process that has just opened the
	 * embedded store may: the process that wrote the journal held the store's lock, so it
	 * has ended, whether its last heartbeat is old or not.
	 */
	static boolean rollBackAny(Driver driver) {
		return rollBack(driver, Duration.ZERO, Duration.ZERO);
	}

	private static boolean rollBack(Driver driver, Duration abandonedAfter, Duration reclaimAfter) {
		try (Session session = driver.session()) {
			var claimed = session.executeWrite(tx -> tx
				.run(CypherFile.load("dataset/claim-abandoned-load"),
						Map.of("abandonedAfter", abandonedAfter.toSeconds(), "reclaimAfter", reclaimAfter.toSeconds()))
				.list());
			if (claimed.isEmpty()) {
				return false;
			}
			Record load = claimed.get(0);
			logger.warn("Rolling back the initial load of " + load.get("source").asString() + " (started "
					+ load.get("startedAt") + "), whose loader stopped: the store goes back to empty");
			wipe(session);
			return true;
		}
	}

	/** The load's graph goes, then its journal: readers wait until the store is empty. */
	private static void wipe(Session session) {
		session.run(CypherFile.load("dataset/wipe-interrupted-load")).consume();
		session.executeWriteWithoutResult(tx -> {
			tx.run(CypherFile.load("dataset/end-abandoned-load")).consume();
			KnowledgeBaseRevision.endLoad(tx);
		});
	}

	/** The load running in the store, as "source (since …)", or null if none is. */
	static @Nullable String running(Driver driver) {
		try (Session session = driver.session()) {
			var running = session.executeRead(tx -> tx.run(CypherFile.load("dataset/load-in-progress")).list());
			return running.isEmpty() ? null
					: running.get(0).get("source").asString() + " (since " + running.get(0).get("startedAt") + ")";
		}
	}

}

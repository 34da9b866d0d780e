package org.apparatus.system;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.neo4j.graphdb.event.DatabaseEventContext;
import org.neo4j.graphdb.event.DatabaseEventListenerAdapter;
import org.springframework.util.unit.DataSize;

/**
 * The disk under the embedded store. A start on a file system with less free space than
 * {@code apparatus.min-free-disk} is refused at once, in one line, before Neo4j starts
 * (which would otherwise hang on its first checkpoint with no message); and when the
 * database can no longer write while it runs (no space left, or any other failure that
 * makes Neo4j mark it as needing a restart), the process says so in one line and stops,
 * instead of answering every request with an internal error. What is on disk stays as the
 * last committed transaction left it.
 */
final class StoreDisk {

	private StoreDisk() {
	}

	/** Refuses the start when the store's file system has too little free space. */
	static void checkBeforeStart(ApparatusProperties properties) {
		Path store = properties.store().toAbsolutePath().normalize();
		DataSize needed = properties.minFreeDisk();
		long free = usableSpace(store);
		if (free >= 0 && free < needed.toBytes()) {
			throw EmbeddedStartFailure.diskFull("The disk of the store " + properties.store() + " has "
					+ megabytes(free) + " free, less than the " + megabytes(needed.toBytes())
					+ " the database needs to start (apparatus.min-free-disk): free some space and start again.");
		}
	}

	/**
	 * The space this process may use on the file system of {@code path}, or of its
	 * nearest existing parent; -1 if it cannot be read.
	 */
	static long usableSpace(Path path) {
		Path existing = path;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return -1;
		}
		try {
			return Files.getFileStore(existing).getUsableSpace();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static String megabytes(long bytes) {
		return String.format("%,d MB", bytes / (1024 * 1024));
	}

	/**
	 * Prints the line on the standard error and ends the process with status 1. The exit
	 * runs the shutdown hooks (the driver and the database close); if they do not finish
	 * within 20 seconds, the process is halted: a database that cannot write cannot
	 * checkpoint either.
	 */
	static void stopTheProcess(String line) {
		PrintStream err = System.err;
		err.println("error: " + line);
		err.flush();
		Thread halt = new Thread(() -> {
			try {
				Thread.sleep(20_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			Runtime.getRuntime().halt(1);
		}, "store-disk-halt");
		halt.setDaemon(true);
		halt.start();
		new Thread(() -> System.exit(1), "store-disk-exit").start();
	}

	/**
	 * Neo4j's notice that a database cannot write any more, turned into one line and a
	 * stop.
	 */
	static final class WriteFailureListener extends DatabaseEventListenerAdapter {

		private final Path store;

		private final Consumer<String> stop;

		private volatile boolean stopping;

		WriteFailureListener(Path store, Consumer<String> stop) {
			this.store = store;
			this.stop = stop;
		}

		@Override
		public void databaseOutOfDiskSpace(DatabaseEventContext event) {
			stop("the disk of the store " + this.store + " is full (" + usableSpace(this.store) / (1024 * 1024)
					+ " MB free), so database '" + event.getDatabaseName()
					+ "' cannot write: stopping. Free some space and start again; the data committed so far is intact.");
		}

		@Override
		public void databasePanic(DatabaseEventContext event) {
			stop("database '" + event.getDatabaseName() + "' in " + this.store
					+ " can no longer write (a critical error, e.g. a full or failing disk: "
					+ usableSpace(this.store) / (1024 * 1024)
					+ " MB free): stopping. The data committed so far is intact.");
		}

		private void stop(String line) {
			if (!this.stopping) {
				this.stopping = true;
				this.stop.accept(line);
			}
		}

	}

}

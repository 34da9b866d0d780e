package org.apparatus.system;

import java.net.BindException;

import org.jspecify.annotations.Nullable;

/**
 * Why the embedded database could not start, in one sentence a user can act on. Neo4j
 * reports a taken port or a locked store deep inside a chain of lifecycle exceptions;
 * this finds the cause.
 */
public final class EmbeddedStartFailure extends RuntimeException {

	private final Kind kind;

	/** What went wrong. */
	public enum Kind {

		/**
		 * Another process (usually a running {@code serve}) holds the store directory.
		 */
		STORE_IN_USE,
		/** The Bolt port is taken by another program. */
		PORT_IN_USE,
		/**
		 * The store's file system has too little free space for the database to write.
		 */
		DISK_FULL,
		/** Anything else. */
		OTHER

	}

	static EmbeddedStartFailure diskFull(String message) {
		return new EmbeddedStartFailure(Kind.DISK_FULL, message, null);
	}

	private EmbeddedStartFailure(Kind kind, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

	static EmbeddedStartFailure explain(Throwable failure, ApparatusProperties properties) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (t.getClass().getSimpleName().equals("FileLockException") || message.contains("already locked")
					|| message.contains("locked by another process")) {
				return new EmbeddedStartFailure(Kind.STORE_IN_USE, "The store " + properties.store()
						+ " is in use by another process (a running 'serve'?). Stop it, or work through it with "
						+ "--uri and the Neo4j address 'serve' printed (bolt://127.0.0.1:7687 by default).", failure);
			}
			if (t instanceof BindException || message.contains("Address already in use")) {
				return new EmbeddedStartFailure(Kind.PORT_IN_USE, "The Bolt port 127.0.0.1:" + properties.boltPort()
						+ " is already in use. Choose another with --apparatus.bolt-port=PORT (0 picks a free one).",
						failure);
			}
		}
		return new EmbeddedStartFailure(Kind.OTHER,
				"The embedded database in " + properties.store() + " could not start: " + rootMessage(failure),
				failure);
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}

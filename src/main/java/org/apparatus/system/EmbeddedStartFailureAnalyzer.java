package org.apparatus.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an {@link EmbeddedStartFailure} into Spring Boot's short start-up failure report.
 */
class EmbeddedStartFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedStartFailure> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedStartFailure cause) {
		return new FailureAnalysis(cause.getMessage(), switch (cause.kind()) {
			case STORE_IN_USE -> "Stop the other process or pass --uri to use the running server.";
			case PORT_IN_USE -> "Set apparatus.bolt-port to a free port, or 0.";
			case DISK_FULL -> "Free space on the store's disk, or set apparatus.min-free-disk lower.";
			case OTHER -> "Check the store directory (apparatus.store) and the Neo4j log in it.";
		}, cause);
	}

}

package org.apparatus.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import org.apparatus.system.EmbeddedStartFailure;

/**
 * The one line a user reads when a command fails: the cause they can act on, not a stack
 * trace.
 */
final class Failures {

	private Failures() {
	}

	static String oneLine(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof NoSuchFileException missing) {
				return missing.getFile() + " does not exist";
			}
			if (t instanceof AccessDeniedException denied) {
				return denied.getFile() + " cannot be read or written: permission denied";
			}
			if (t instanceof EmbeddedStartFailure) {
				return t.getMessage();
			}
			if (t.getClass().getName().equals("org.springframework.boot.web.server.PortInUseException")) {
				return t.getMessage() + " (choose another with --port)";
			}
			if (t instanceof org.neo4j.driver.exceptions.ServiceUnavailableException) {
				return "Neo4j is not reachable: " + t.getMessage();
			}
			if (t instanceof org.neo4j.driver.exceptions.AuthenticationException) {
				return "Neo4j refused the credentials: " + t.getMessage();
			}
		}
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
	}

}

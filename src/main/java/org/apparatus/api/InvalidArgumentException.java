package org.apparatus.api;

/**
 * A GraphQL argument (or command-line option) with a value the application cannot accept;
 * the message names the argument, and the problem says what kind of mistake it is.
 */
public class InvalidArgumentException extends RuntimeException {

	/** What is wrong with the value, for clients that act on it. */
	public enum Problem {

		/** A value out of range or not allowed here. */
		INVALID_VALUE,
		/** A code that names nothing in the knowledge base. */
		UNKNOWN_CODE,
		/** A code that is already taken, or a link that already exists. */
		DUPLICATE_CODE,
		/**
		 * A change that would make reporting lines, a tree or replacements of mandates go
		 * round in a circle.
		 */
		CYCLE

	}

	private final String argument;

	private final Problem problem;

	public InvalidArgumentException(String argument, String message) {
		this(argument, Problem.INVALID_VALUE, message);
	}

	public InvalidArgumentException(String argument, Problem problem, String message) {
		super(argument + ": " + message);
		this.argument = argument;
		this.problem = problem;
	}

	/**
	 * An argument whose code names nothing, e.g.
	 * {@code unknown("unit", "admin unit", "XX")}.
	 */
	public static InvalidArgumentException unknown(String argument, String what, String code) {
		return new InvalidArgumentException(argument, Problem.UNKNOWN_CODE, "no " + what + " with code " + code);
	}

	public String argument() {
		return this.argument;
	}

	public Problem problem() {
		return this.problem;
	}

}

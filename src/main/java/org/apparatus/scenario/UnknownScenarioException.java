package org.apparatus.scenario;

import java.util.List;

/** A scenario name that is not saved. */
public class UnknownScenarioException extends RuntimeException {

	private final String name;

	private final List<String> known;

	public UnknownScenarioException(String name, List<String> known) {
		super("no scenario named " + name + (known.isEmpty() ? " (none is saved: scenario import FILE saves one)"
				: " (saved: " + String.join(", ", known) + ")"));
		this.name = name;
		this.known = List.copyOf(known);
	}

	/** The name asked for. */
	public String name() {
		return this.name;
	}

	/** The names that are saved, so that the answer can offer them. */
	public List<String> known() {
		return this.known;
	}

}

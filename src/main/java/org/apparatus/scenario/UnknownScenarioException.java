package org.apparatus.scenario;

import java.util.List;

/** A scenario name that is not saved. */
public class UnknownScenarioException extends RuntimeException {

	public UnknownScenarioException(String name, List<String> known) {
		super("no scenario named " + name + (known.isEmpty() ? " (none is saved: scenario import FILE saves one)"
				: " (saved: " + String.join(", ", known) + ")"));
	}

}

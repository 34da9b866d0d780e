package org.apparatus.scenario;

import java.util.List;

/**
 * A named, saved, ordered list of changes to the knowledge base, evaluated without
 * changing it.
 *
 * @param name the scenario's name, its key (letters, digits, {@code -}, {@code _},
 * {@code .})
 * @param description what the scenario proposes, for the report
 * @param changes the changes, applied in order
 */
public record Scenario(String name, String description, List<Change> changes) {

	public Scenario {
		changes = List.copyOf(changes);
	}

}

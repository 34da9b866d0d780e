package org.apparatus.scenario;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A named, saved, ordered list of changes to the knowledge base, evaluated without
 * changing it.
 *
 * @param name the scenario's name, its key (letters, digits, {@code -}, {@code _},
 * {@code .})
 * @param description what the scenario proposes, for the report
 * @param changes the changes, applied in order
 * @param asOf the day of the record the plan was made against ({@code as_of} in its
 * file), or null for the analysis day: a plan drawn up before a recorded reform names
 * bodies that no longer exist after it, so it is checked, evaluated and compared on its
 * own day unless a day is asked for
 */
public record Scenario(String name, String description, List<Change> changes, @Nullable LocalDate asOf) {

	public Scenario {
		changes = List.copyOf(changes);
	}

	public Scenario(String name, String description, List<Change> changes) {
		this(name, description, changes, null);
	}

	/** The same plan with other changes, keeping its name, description and day. */
	Scenario withChanges(List<Change> changes) {
		return new Scenario(this.name, this.description, changes, this.asOf);
	}

	/**
	 * The day to work on: the one asked for, else the scenario's own, else the analysis
	 * day.
	 */
	public LocalDate day(@Nullable LocalDate asked, LocalDate analysisDay) {
		if (asked != null) {
			return asked;
		}
		return this.asOf != null ? this.asOf : analysisDay;
	}

}

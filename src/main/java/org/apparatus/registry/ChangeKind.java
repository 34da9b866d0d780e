package org.apparatus.registry;

/**
 * What a recorded change event did (domain.md §8.2): the first six change bodies
 * (agencies), the last three change admin units.
 */
public enum ChangeKind {

	ESTABLISH, DISSOLVE, MERGE, SPLIT, RENAME, TRANSFER, UNIT_MERGE, UNIT_SPLIT, LEVEL_ABOLISHED;

	/** True when the event's from- and to-codes are admin units, not agencies. */
	public boolean changesUnits() {
		return this == UNIT_MERGE || this == UNIT_SPLIT || this == LEVEL_ABOLISHED;
	}

}

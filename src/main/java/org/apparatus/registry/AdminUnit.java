package org.apparatus.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A territory at a level (tỉnh, huyện, xã, ấp or khóm) as it was on a day: the attributes
 * of its period that contains {@code asOf} (domain.md §8.1), its kind (xã, phường, …)
 * among them, null when unknown.
 */
public record AdminUnit(String code, String name, @Nullable String nameEn, AdminLevel level, @Nullable UnitKind kind,
		Period period, LocalDate asOf) {

	/** A unit from one of its period nodes (or a map with the same keys). */
	static AdminUnit read(Value period, LocalDate asOf) {
		return new AdminUnit(period.get("code").asString(), period.get("name").asString(),
				period.get("nameEn").asString(null), AdminLevel.valueOf(period.get("level").asString()),
				period.get("kind").isNull() ? null : UnitKind.valueOf(period.get("kind").asString()),
				Periods.of(period), asOf);
	}

	/** Whether the unit existed on the day it was read for. */
	public boolean exists() {
		return this.period.contains(this.asOf);
	}

}

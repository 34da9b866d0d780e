package org.apparatus.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A body of the political system (cơ quan, tổ chức, đơn vị) as it was on a day: the
 * attributes of its period that contains {@code asOf} (domain.md §8.1). What is read
 * through it (its unit, responsibilities, reporting lines) is read as of the same day.
 */
public record Agency(String code, String name, @Nullable String nameEn, Sector sector, AgencyKind kind,
		AgencyStatus status, @Nullable Integer staffQuota, Period period, LocalDate asOf) {

	/** An agency from one of its period nodes (or a map with the same keys). */
	static Agency read(Value period, LocalDate asOf) {
		return new Agency(period.get("code").asString(), period.get("name").asString(),
				period.get("nameEn").asString(null), Sector.valueOf(period.get("sector").asString()),
				AgencyKind.valueOf(period.get("kind").asString()),
				AgencyStatus.valueOf(period.get("status").asString()),
				period.get("staffQuota").isNull() ? null : period.get("staffQuota").asInt(), Periods.of(period), asOf);
	}

	/** Whether the agency existed on the day it was read for. */
	public boolean exists() {
		return this.period.contains(this.asOf);
	}

}

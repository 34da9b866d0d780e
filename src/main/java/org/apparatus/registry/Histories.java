package org.apparatus.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * An agency's or a unit's periods, each shown as of a day in it, and the recorded change
 * events that touched it (domain.md §8): imported from a data set's changes.csv or
 * written by a scenario applied, agency events for an agency, unit events (UNIT_MERGE,
 * UNIT_SPLIT, LEVEL_ABOLISHED) for a unit. GraphQL's {@code history(code)} and the
 * workbench's history pages.
 */
@Service
public class Histories {

	private final GraphReader reader;

	Histories(GraphReader reader) {
		this.reader = reader;
	}

	/** The record of one code through time. */
	public record History(String code, String kind, List<Agency> agencyPeriods, List<AdminUnit> unitPeriods,
			List<Event> events) {
	}

	/**
	 * A recorded change event that touched the code (domain.md §8.2): from- and to-codes
	 * are agencies, or admin units for the events that change units.
	 */
	public record Event(String code, LocalDate date, String kind, @Nullable String note, @Nullable String mandate,
			List<String> originals, List<String> results, List<String> functions) {

		/** The note, under the name it had before change events had one. */
		public @Nullable String description() {
			return this.note;
		}

	}

	/** The record of one code through time, or null for a code never recorded. */
	public @Nullable History of(String code) {
		List<Agency> agencies = new ArrayList<>();
		List<AdminUnit> units = new ArrayList<>();
		for (Record row : this.reader.rows("queries/history-periods", Map.of("code", code))) {
			for (Value period : row.get("periods").values()) {
				LocalDate day = dayIn(Periods.of(period));
				if (row.get("kind").asString().equals("AGENCY")) {
					agencies.add(Agency.read(period, day));
				}
				else {
					units.add(AdminUnit.read(period, day));
				}
			}
		}
		if (agencies.isEmpty() && units.isEmpty()) {
			return null;
		}
		List<Event> events = this.reader.rows("queries/history-events", Map.of("code", code))
			.stream()
			.map(r -> new Event(r.get("code").asString(), r.get("date").asLocalDate(), r.get("kind").asString(),
					r.get("note").isNull() ? null : r.get("note").asString(),
					r.get("mandate").isNull() ? null : r.get("mandate").asString(),
					r.get("originals").asList(Value::asString), r.get("results").asList(Value::asString),
					r.get("functions").asList(Value::asString)))
			.toList();
		return new History(code, agencies.isEmpty() ? "ADMIN_UNIT" : "AGENCY", agencies, units, events);
	}

	/**
	 * The day a period is shown as of: its first day, or for one open since always its
	 * last day, or today for one open on both sides.
	 */
	static LocalDate dayIn(Period period) {
		if (period.openFrom() != null) {
			return period.from();
		}
		return period.openTo() != null ? period.to().minusDays(1) : Today.or(null);
	}

}

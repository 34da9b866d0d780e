package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The apparatus on two days side by side (domain.md §8.4): what the record says changed
 * between them, and the findings resolved, introduced and unchanged (by stable id, as a
 * scenario's evaluation gives them).
 *
 * @param unit the unit the comparison is limited to (with the units below it), or null
 * @param established bodies active on {@code to} that were not on {@code from}
 * @param ended bodies active on {@code from} that are not on {@code to} (ended, merged or
 * dissolved)
 * @param renamed bodies active on both days under another name
 * @param merged recorded mergers that took effect after {@code from}, up to and including
 * {@code to} (an event takes effect on its day)
 * @param unitsEnded units that existed on {@code from} and not on {@code to}
 * @param unitsEstablished units that exist on {@code to} and not on {@code from}
 * @param reparented units under another parent on {@code to}
 * @param leads functions whose leads in a unit changed (from → to)
 * @param staff active bodies and their staff quota on each day
 */
public record Comparison(LocalDate from, LocalDate to, @Nullable String unit, List<BodyChange> established,
		List<BodyChange> ended, List<BodyChange> renamed, List<Event> merged, List<UnitChange> unitsEnded,
		List<UnitChange> unitsEstablished, List<UnitChange> reparented, List<LeadChange> leads, Staff staff,
		List<Finding> resolved, List<Finding> introduced, List<Finding> unchanged) {

	/**
	 * The comparison as a JSON-ready document ({@code compare --format json}): dates as
	 * ISO text, findings as everywhere else; unchanged findings are counted.
	 */
	public Document document() {
		return new Document(this.from.toString(), this.to.toString(), this.unit, this.established, this.ended,
				this.renamed, this.merged.stream().map(Event::document).toList(), this.unitsEnded,
				this.unitsEstablished, this.reparented, this.leads, this.staff,
				this.resolved.stream().map(Finding::document).toList(),
				this.introduced.stream().map(Finding::document).toList(), this.unchanged.size());
	}

	public record Document(String from, String to, @Nullable String unit, List<BodyChange> established,
			List<BodyChange> ended, List<BodyChange> renamed, List<Event.Document> merged, List<UnitChange> unitsEnded,
			List<UnitChange> unitsEstablished, List<UnitChange> reparented, List<LeadChange> leads, Staff staff,
			List<Finding.Document> resolved, List<Finding.Document> introduced, int unchanged) {
	}

	/** A body as it was on the two days (null on a day it was not there). */
	public record BodyChange(String code, @Nullable Body before, @Nullable Body after) {
	}

	/** A body on one day: its name, status, unit and quota. */
	public record Body(String name, @Nullable String nameEn, String status, String unit, @Nullable Integer staffQuota) {
	}

	/**
	 * A unit as it was on the two days: its name and parent, and for a unit that ended
	 * the units the recorded UNIT_MERGE or UNIT_SPLIT events made it part of.
	 */
	public record UnitChange(String code, String level, @Nullable String nameBefore, @Nullable String nameAfter,
			@Nullable String parentBefore, @Nullable String parentAfter, List<String> became) {
	}

	/**
	 * Who led a function in a unit on each day; for a unit merged into another between
	 * the days, the unit is the one it became and the holders before are those of the
	 * unit merged (with those of the unit it became, if that existed already).
	 */
	public record LeadChange(String function, String unit, List<String> before, List<String> after) {
	}

	/**
	 * A recorded change event (org:ChangeEvent, domain.md §8.2): imported from
	 * changes.csv or written by a scenario applied.
	 *
	 * @param originals the agencies, or admin units, it started from
	 * @param results those it resulted in
	 * @param mandate the code of the mandate it is based on, if recorded
	 */
	public record Event(String code, LocalDate date, String kind, @Nullable String note, @Nullable String mandate,
			List<String> originals, List<String> results, List<String> functions) {

		/** The note, under the name it had before change events had one. */
		public @Nullable String description() {
			return this.note;
		}

		Document document() {
			return new Document(this.code, this.date.toString(), this.kind, this.note, this.mandate, this.originals,
					this.results, this.functions);
		}

		public record Document(String code, String date, String kind, @Nullable String note, @Nullable String mandate,
				List<String> originals, List<String> results, List<String> functions) {
		}

	}

	/**
	 * Active bodies and staff quota on the two days; a quota is the sum of those
	 * recorded, and {@code quotaRecordedBefore} (or after) says whether any body had one,
	 * so that a day without any is not read as a quota of 0.
	 */
	public record Staff(long agenciesBefore, long agenciesAfter, long quotaBefore, long quotaAfter,
			boolean quotaRecordedBefore, boolean quotaRecordedAfter) {
	}

}

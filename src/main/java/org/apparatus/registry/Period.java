package org.apparatus.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * When a row of the knowledge base holds: {@code from ≤ day < to} (domain.md §8.1). An
 * open side is stored as {@link #BEGINNING} or {@link #END}, so that every "as of a day"
 * test is one comparison of two dates, the same on every node and relationship, and a
 * range index can answer it.
 */
public record Period(LocalDate from, LocalDate to) {

	/** Stands for "since always": the earliest date the store holds. */
	public static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);

	/** Stands for "until further notice": the latest date the store holds. */
	public static final LocalDate END = LocalDate.of(9999, 12, 31);

	public static final Period ALWAYS = new Period(BEGINNING, END);

	/**
	 * A period from optional bounds, as a data set writes them (an empty cell is open).
	 */
	public static Period of(@Nullable LocalDate from, @Nullable LocalDate to) {
		return new Period(from == null ? BEGINNING : from, to == null ? END : to);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && day.isBefore(this.to);
	}

	public boolean overlaps(Period other) {
		return this.from.isBefore(other.to) && other.from.isBefore(this.to);
	}

	/** The start as a data set writes it: empty when open. */
	public @Nullable LocalDate openFrom() {
		return this.from.equals(BEGINNING) ? null : this.from;
	}

	/** The end as a data set writes it: empty when open. */
	public @Nullable LocalDate openTo() {
		return this.to.equals(END) ? null : this.to;
	}

	public boolean isAlways() {
		return equals(ALWAYS);
	}

	@Override
	public String toString() {
		return (openFrom() == null ? "…" : openFrom().toString()) + " – "
				+ (openTo() == null ? "…" : openTo().toString());
	}

}

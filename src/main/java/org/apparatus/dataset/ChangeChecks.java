package org.apparatus.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.apparatus.dataset.DataSet.ChangeRow;
import org.apparatus.dataset.StoreSnapshot.AgencyState;
import org.apparatus.dataset.StoreSnapshot.Holding;
import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.ChangeKind;
import org.apparatus.registry.Period;
import org.jspecify.annotations.Nullable;

/**
 * The consistency of change events with the periods (domain.md §8.2): how many codes each
 * kind names, and what must hold of them on the day of the change D and the day before
 * it. "Exists on a day": a period of the code contains it; "active": and that period's
 * status is ACTIVE. Periods are those of the data set for the codes it names, the store's
 * for the others; every code is known (unknown codes are reported before).
 *
 * <p>
 * A TRANSFER checks responsibilities for the function or a task under it, as a transfer
 * moves both; and, as changes of one day follow each other (a scenario merges a body into
 * another, then transfers one of its tasks on), a body that another event of the same day
 * merges, splits or transfers into a from-body counts as a from-body, and a body that a
 * to-body goes on into that day as the to-body.
 */
final class ChangeChecks {

	private final Map<String, List<AgencyState>> agencies;

	private final Map<String, List<Period>> units;

	private final Map<String, AdminLevel> levels;

	private final Supplier<List<Holding>> allHoldings;

	/** The holdings by agency, made when a TRANSFER is first checked. */
	private @Nullable Map<String, List<Holding>> holdings;

	private final Map<String, String> functionParents;

	private final List<ChangeRow> all;

	ChangeChecks(Map<String, List<AgencyState>> agencies, Map<String, List<Period>> units,
			Map<String, AdminLevel> levels, Supplier<List<Holding>> holdings, Map<String, String> functionParents,
			List<ChangeRow> all) {
		this.agencies = agencies;
		this.units = units;
		this.levels = levels;
		this.allHoldings = holdings;
		this.functionParents = functionParents;
		this.all = all;
	}

	/** Reports each problem of one event as (column, message). */
	void check(ChangeRow change, BiConsumer<String, String> problem) {
		if (!counts(change, problem)) {
			return;
		}
		new Event(change, problem).check();
	}

	/** Checks how many codes each list names; false when one is wrong. */
	private static boolean counts(ChangeRow c, BiConsumer<String, String> problem) {
		int from = c.fromCodes().size();
		int to = c.toCodes().size();
		String body = c.kind().changesUnits() ? "admin unit" : "agency";
		List<Boolean> ok = new ArrayList<>();
		switch (c.kind()) {
			case ESTABLISH -> {
				ok.add(exactly(problem, "from_codes", from, 0, body));
				ok.add(atLeast(problem, "to_codes", to, 1, body));
			}
			case DISSOLVE -> {
				ok.add(atLeast(problem, "from_codes", from, 1, body));
				ok.add(exactly(problem, "to_codes", to, 0, body));
			}
			case MERGE, UNIT_MERGE -> {
				ok.add(atLeast(problem, "from_codes", from, 1, body));
				ok.add(exactly(problem, "to_codes", to, 1, body));
			}
			case SPLIT, UNIT_SPLIT -> {
				ok.add(exactly(problem, "from_codes", from, 1, body));
				ok.add(atLeast(problem, "to_codes", to, 2, body));
			}
			case RENAME -> {
				ok.add(exactly(problem, "from_codes", from, 1, body));
				if (from == 1 && !c.toCodes().isEmpty() && !c.toCodes().equals(c.fromCodes())) {
					problem.accept("to_codes", "to_codes must be empty or " + c.fromCodes().get(0) + " itself, not "
							+ String.join(";", c.toCodes()));
					ok.add(false);
				}
			}
			case TRANSFER -> {
				ok.add(atLeast(problem, "from_codes", from, 1, body));
				ok.add(exactly(problem, "to_codes", to, 1, body));
				ok.add(atLeast(problem, "function_codes", c.functionCodes().size(), 1, "function"));
			}
			case LEVEL_ABOLISHED -> ok.add(atLeast(problem, "from_codes", from, 1, body));
		}
		return !ok.contains(false);
	}

	private static boolean exactly(BiConsumer<String, String> problem, String column, int count, int expected,
			String what) {
		if (count == expected) {
			return true;
		}
		problem.accept(column, expected == 0 ? column + " must be empty, not " + of(count, what)
				: column + " must name exactly " + of(expected, what) + ", not " + count);
		return false;
	}

	private static boolean atLeast(BiConsumer<String, String> problem, String column, int count, int minimum,
			String what) {
		if (count >= minimum) {
			return true;
		}
		problem.accept(column, column + " must name at least " + of(minimum, what) + ", not " + count);
		return false;
	}

	private static String of(int count, String what) {
		return count + " " + (count == 1 ? what : what.equals("agency") ? "agencies" : what + "s");
	}

	private List<Holding> holdingsOf(String agency) {
		if (this.holdings == null) {
			this.holdings = new HashMap<>();
			for (Holding holding : this.allHoldings.get()) {
				this.holdings.computeIfAbsent(holding.agencyCode(), a -> new ArrayList<>()).add(holding);
			}
		}
		return this.holdings.getOrDefault(agency, List.of());
	}

	/** One event's checks on its day D and the day before. */
	private final class Event {

		private final ChangeRow c;

		private final BiConsumer<String, String> problem;

		private final LocalDate day;

		private final LocalDate before;

		Event(ChangeRow change, BiConsumer<String, String> problem) {
			this.c = change;
			this.problem = problem;
			this.day = change.date();
			this.before = change.date().minusDays(1);
		}

		void check() {
			switch (this.c.kind()) {
				case ESTABLISH -> this.c.toCodes().forEach(code -> {
					existsOnTheDay("to_codes", code);
					if (exists(code, this.before)) {
						this.problem.accept("to_codes", code + " already exists on " + this.before + dayBefore());
					}
				});
				case DISSOLVE -> this.c.fromCodes().forEach(this::endsActive);
				case MERGE -> {
					String into = this.c.toCodes().get(0);
					this.c.fromCodes().stream().filter(code -> !code.equals(into)).forEach(this::endsActive);
					existsOnTheDay("to_codes", into);
					if (this.c.fromCodes().size() == 1 && !exists(into, this.before)) {
						this.problem.accept("to_codes",
								"a merger of one body is its absorption into a body that already existed, but " + into
										+ " does not exist on " + this.before + dayBefore());
					}
				}
				case SPLIT -> {
					String from = this.c.fromCodes().get(0);
					activeTheDayBefore(from);
					this.c.toCodes().forEach(code -> existsOnTheDay("to_codes", code));
					if (!this.c.toCodes().contains(from) && active(from, this.day)) {
						this.problem.accept("from_codes", from + " is still active on " + this.day + theDay()
								+ " (a body that goes on after a split is one of its to_codes)");
					}
				}
				case RENAME -> {
					String code = this.c.fromCodes().get(0);
					String nameBefore = name(code, this.before);
					String nameAfter = name(code, this.day);
					if (nameBefore == null) {
						this.problem.accept("from_codes", code + " does not exist on " + this.before + dayBefore());
					}
					if (nameAfter == null) {
						this.problem.accept("from_codes", code + " does not exist on " + this.day + theDay());
					}
					if (nameBefore != null && nameBefore.equals(nameAfter)) {
						this.problem.accept("from_codes", code + " is named \"" + nameBefore + "\" on " + this.before
								+ " and on " + this.day + ": the name did not change");
					}
				}
				case TRANSFER -> {
					String to = this.c.toCodes().get(0);
					existsOnTheDay("to_codes", to);
					Set<String> givers = sameDay(Set.copyOf(this.c.fromCodes()), true);
					Set<String> takers = sameDay(Set.of(to), false);
					for (String function : this.c.functionCodes()) {
						if (!holds(givers, function, this.before)) {
							this.problem.accept("function_codes",
									"no body of from_codes (" + String.join(";", this.c.fromCodes())
											+ ") holds a responsibility for " + function + " or a task under it on "
											+ this.before + dayBefore());
						}
						if (!holds(takers, function, this.day)) {
							this.problem.accept("function_codes", to + " holds no responsibility for " + function
									+ " or a task under it on " + this.day + theDay());
						}
					}
				}
				case UNIT_MERGE -> {
					String into = this.c.toCodes().get(0);
					this.c.fromCodes().stream().filter(code -> !code.equals(into)).forEach(this::unitEnds);
					existsOnTheDay("to_codes", into);
				}
				case UNIT_SPLIT -> this.c.toCodes().forEach(code -> existsOnTheDay("to_codes", code));
				case LEVEL_ABOLISHED -> {
					Set<AdminLevel> ofLevels = new LinkedHashSet<>();
					this.c.fromCodes().forEach(code -> ofLevels.add(ChangeChecks.this.levels.get(code)));
					if (ofLevels.size() > 1) {
						this.problem.accept("from_codes",
								"the units of an abolished level must all be of one level, not of "
										+ String.join(" and ", ofLevels.stream().map(String::valueOf).toList()));
					}
					this.c.fromCodes().forEach(this::unitEnds);
					this.c.toCodes().forEach(code -> existsOnTheDay("to_codes", code));
				}
			}
		}

		private void existsOnTheDay(String column, String code) {
			if (!exists(code, this.day)) {
				this.problem.accept(column, code + " does not exist on " + this.day + theDay());
			}
		}

		private void activeTheDayBefore(String code) {
			if (!active(code, this.before)) {
				this.problem.accept("from_codes", code + " is not active on " + this.before + dayBefore());
			}
		}

		/** A from-body that ends: active the day before, not active on the day. */
		private void endsActive(String code) {
			activeTheDayBefore(code);
			if (active(code, this.day)) {
				this.problem.accept("from_codes", code + " is still active on " + this.day + theDay());
			}
		}

		/** A from-unit that ends: exists the day before, not on the day. */
		private void unitEnds(String code) {
			if (!exists(code, this.before)) {
				this.problem.accept("from_codes", code + " does not exist on " + this.before + dayBefore());
			}
			if (exists(code, this.day)) {
				this.problem.accept("from_codes", code + " still exists on " + this.day + theDay());
			}
		}

		private String dayBefore() {
			return ", the day before the change";
		}

		private String theDay() {
			return ", the day of the change";
		}

		private boolean exists(String code, LocalDate on) {
			if (this.c.kind().changesUnits()) {
				return ChangeChecks.this.units.getOrDefault(code, List.of()).stream().anyMatch(p -> p.contains(on));
			}
			return state(code, on) != null;
		}

		private boolean active(String code, LocalDate on) {
			AgencyState state = state(code, on);
			return state != null && state.status().equals("ACTIVE");
		}

		private @Nullable String name(String code, LocalDate on) {
			AgencyState state = state(code, on);
			return state == null ? null : state.name();
		}

		private @Nullable AgencyState state(String code, LocalDate on) {
			return ChangeChecks.this.agencies.getOrDefault(code, List.of())
				.stream()
				.filter(s -> s.period().contains(on))
				.findFirst()
				.orElse(null);
		}

		/**
		 * The bodies together with those that other agency events of the same day lead
		 * into them ({@code backwards}: their from-bodies where these are to-bodies) or
		 * on from them (their to-bodies where these are from-bodies).
		 */
		private Set<String> sameDay(Set<String> bodies, boolean backwards) {
			Set<String> all = new LinkedHashSet<>(bodies);
			boolean grew = true;
			while (grew) {
				grew = false;
				for (ChangeRow other : ChangeChecks.this.all) {
					if (other == this.c || !other.date().equals(this.day) || other.kind().changesUnits()) {
						continue;
					}
					List<String> near = backwards ? other.toCodes() : other.fromCodes();
					List<String> far = backwards ? other.fromCodes() : other.toCodes();
					if (near.stream().anyMatch(all::contains)) {
						grew |= all.addAll(far);
					}
				}
			}
			return all;
		}

		/** Whether one of the bodies holds the function or a task under it on the day. */
		private boolean holds(Set<String> bodies, String function, LocalDate on) {
			return bodies.stream()
				.flatMap(body -> holdingsOf(body).stream())
				.anyMatch(h -> h.period().contains(on) && under(h.functionCode(), function));
		}

		private boolean under(String code, String function) {
			Set<String> seen = new LinkedHashSet<>();
			String current = code;
			while (current != null && seen.add(current)) {
				if (Objects.equals(current, function)) {
					return true;
				}
				current = ChangeChecks.this.functionParents.get(current);
			}
			return false;
		}

	}

}

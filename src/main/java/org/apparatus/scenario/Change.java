package org.apparatus.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.UnitKind;
import org.jspecify.annotations.Nullable;

/** One change of a scenario (domain.md §6), in the order the scenario applies them. */
public sealed interface Change {

	/**
	 * The key of the change in a scenario file: merge, transfer, dissolve, abolish_level,
	 * merge_units.
	 */
	String type();

	/**
	 * Agencies merge into one: an existing agency (possibly one of them) or a new one.
	 */
	record Merge(List<String> agencies, String into, @Nullable NewAgency newAgency) implements Change {

		public Merge {
			agencies = List.copyOf(agencies);
		}

		@Override
		public String type() {
			return "merge";
		}

	}

	/**
	 * The agency a merge creates; unit and sector are those of the first agency merged.
	 */
	record NewAgency(String code, String name, @Nullable String nameEn, AgencyKind kind) {
	}

	/**
	 * A function's responsibilities (and those of the tasks under it) move from one
	 * agency to another.
	 */
	record Transfer(String function, String from, String to) implements Change {

		@Override
		public String type() {
			return "transfer";
		}

	}

	/** An agency is dissolved; its responsibilities go to {@code handTo}, or nowhere. */
	record Dissolve(String agency, @Nullable String handTo) implements Change {

		@Override
		public String type() {
			return "dissolve";
		}

	}

	/**
	 * A tier of admin units ends: its units' agencies are dissolved, their
	 * responsibilities go UP to the unit above or DOWN to the units below — or as an
	 * exception says for the bodies it names (the first that names a body decides) — and
	 * the units below re-parent to the unit above.
	 */
	record AbolishLevel(AdminLevel level, Policy policy, List<BodyPolicy> except) implements Change {

		AbolishLevel(AdminLevel level, Policy policy) {
			this(level, policy, List.of());
		}

		@Override
		public String type() {
			return "abolish_level";
		}

	}

	/**
	 * Bodies of an abolished tier whose responsibilities go elsewhere than the tier's
	 * policy says: those of the given kinds and the given agencies, UP or DOWN by
	 * {@code policy}, or all to one body ({@code to}, e.g. the district vocational
	 * centres to the provincial department of education). Exactly one of {@code policy}
	 * and {@code to}.
	 */
	record BodyPolicy(List<AgencyKind> kinds, List<String> agencies, @Nullable Policy policy, @Nullable String to) {

		/** As the level-successors statement takes it. */
		Map<String, Object> parameter() {
			Map<String, Object> parameter = new HashMap<>();
			parameter.put("kinds", this.kinds.stream().map(Enum::name).toList());
			parameter.put("agencies", this.agencies);
			parameter.put("policy", this.policy == null ? null : this.policy.name());
			parameter.put("to", this.to);
			return parameter;
		}

	}

	/** Where the responsibilities of an abolished tier go. */
	enum Policy {

		/**
		 * To the professional (or else administrative) superior of each agency in the
		 * unit above.
		 */
		UP,
		/**
		 * To the agency of the same kind, or else the people's committee, of each unit
		 * below.
		 */
		DOWN

	}

	/**
	 * Admin units merge into one (existing or new): their children and agencies move to
	 * it.
	 */
	record MergeUnits(List<String> units, String into, @Nullable NewUnit newUnit) implements Change {

		public MergeUnits {
			units = List.copyOf(units);
		}

		@Override
		public String type() {
			return "merge_units";
		}

	}

	/**
	 * The unit a merge of units creates; level and parent are those of the first unit
	 * merged. Its kind within that level (xã, phường, …) must be a kind of that level;
	 * without one, its kind is unknown.
	 */
	record NewUnit(String code, String name, @Nullable String nameEn, @Nullable UnitKind kind) {
	}

}

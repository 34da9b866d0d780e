package org.apparatus.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * A scenario's prediction held against the record (domain.md §8.4): the scenario carried
 * out on {@code asOf} (and rolled back), the bodies active and the lead holders it leaves
 * that day, compared with those the record holds on {@code to}. A predicted body matches
 * a recorded one of the same code, or else of the same name in the same admin unit (both
 * compared without case and diacritics, the unit by code or by name), since the planner
 * chose the codes of the bodies a scenario creates; or else, following the record's
 * change events between the two days, of the body they carried it (or the bodies the
 * scenario merged into it) into. A unit the record merged into another (UNIT_MERGE) is
 * compared as that unit. A lead is one function in one unit: it matches when the scenario
 * predicts the same holders (matched bodies) as the record holds; it is missed when the
 * record has a lead there and the scenario none, wrong when the scenario predicts holders
 * the record does not have there.
 *
 * @param asOf the day the scenario was evaluated on
 * @param to the day of the record it is compared with
 */
public record ScenarioComparison(Scenario scenario, LocalDate asOf, LocalDate to, Bodies bodies, Leads leads) {

	/** An agency active on one of the days, with its name and admin unit of that day. */
	public record Body(String code, String name, String unit) {
	}

	/** How a predicted body was matched with a recorded one. */
	public enum MatchedBy {

		/** The same code. */
		CODE,
		/**
		 * Different codes, the same name in the same admin unit (without case and
		 * diacritics).
		 */
		NAME,
		/**
		 * Matched neither way: the record's change events (MERGE, TRANSFER, RENAME,
		 * SPLIT) carried the predicted body, or the bodies the scenario merged into it,
		 * into the recorded one.
		 */
		EVENTS

	}

	/** A predicted body and the recorded one it matches. */
	public record BodyMatch(Body predicted, Body recorded, MatchedBy by) {
	}

	/**
	 * The bodies compared: matched, in the record but not predicted (missed), predicted
	 * but not in the record (wrong).
	 */
	public record Bodies(List<BodyMatch> matched, List<Body> missed, List<Body> wrong) {

		public long matchedByName() {
			return this.matched.stream().filter(m -> m.by() == MatchedBy.NAME).count();
		}

		public long matchedByEvents() {
			return this.matched.stream().filter(m -> m.by() == MatchedBy.EVENTS).count();
		}

		public double ratio() {
			return ScenarioComparison.ratio(this.matched.size(), this.missed.size() + this.wrong.size());
		}

	}

	/**
	 * The lead of one function in one unit: the holders predicted (the scenario's codes)
	 * and recorded; the unit is the record's code when the scenario's unit was matched by
	 * name.
	 */
	public record Lead(String function, String unit, List<String> predicted, List<String> recorded) {
	}

	/** The leads compared: matched, missed and wrong. */
	public record Leads(List<Lead> matched, List<Lead> missed, List<Lead> wrong) {

		public double ratio() {
			return ScenarioComparison.ratio(this.matched.size(), this.missed.size() + this.wrong.size());
		}

	}

	/**
	 * The share of bodies and leads matched, together: matched / (matched + missed +
	 * wrong); 1 when there is nothing on either side.
	 */
	public double matchRatio() {
		return ratio(this.bodies.matched().size() + this.leads.matched().size(), this.bodies.missed().size()
				+ this.bodies.wrong().size() + this.leads.missed().size() + this.leads.wrong().size());
	}

	public Summary summary() {
		return new Summary(this.bodies.matched().size(), this.bodies.matchedByName(), this.bodies.matchedByEvents(),
				this.bodies.missed().size(), this.bodies.wrong().size(), this.bodies.ratio(),
				this.leads.matched().size(), this.leads.missed().size(), this.leads.wrong().size(), this.leads.ratio(),
				matchRatio());
	}

	private static double ratio(long matched, long unmatched) {
		return matched + unmatched == 0 ? 1.0 : (double) matched / (matched + unmatched);
	}

	/** The counts and ratios of a comparison. */
	public record Summary(long bodiesMatched, long bodiesMatchedByName, long bodiesMatchedByEvents, long bodiesMissed,
			long bodiesWrong, double bodyRatio, long leadsMatched, long leadsMissed, long leadsWrong, double leadRatio,
			double matchRatio) {
	}

	/** The comparison as {@code scenario compare --format json} writes it. */
	public Document document() {
		return new Document(this.scenario.name(), this.asOf.toString(), this.to.toString(), summary(), this.bodies,
				this.leads);
	}

	/** A comparison as other tools read it. */
	public record Document(String scenario, String asOf, String to, Summary summary, Bodies bodies, Leads leads) {
	}

}

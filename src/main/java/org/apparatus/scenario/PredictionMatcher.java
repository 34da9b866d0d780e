package org.apparatus.scenario;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apparatus.analysis.Successors;
import org.apparatus.scenario.ScenarioComparison.Bodies;
import org.apparatus.scenario.ScenarioComparison.Body;
import org.apparatus.scenario.ScenarioComparison.BodyMatch;
import org.apparatus.scenario.ScenarioComparison.Lead;
import org.apparatus.scenario.ScenarioComparison.Leads;
import org.apparatus.scenario.ScenarioComparison.MatchedBy;
import org.jspecify.annotations.Nullable;

/**
 * Matches the state a scenario predicts with the state the record holds (the rules are
 * those of {@link ScenarioComparison}).
 */
final class PredictionMatcher {

	/**
	 * The apparatus on one day as far as the comparison looks at it.
	 *
	 * @param bodies the active agencies
	 * @param unitNames the name of every admin unit of the day, by code
	 * @param unitLevels the level of every admin unit of the day, by code
	 * @param leads the holders of each lead, by function and unit
	 */
	record State(List<Body> bodies, Map<String, String> unitNames, Map<String, String> unitLevels,
			Map<FunctionInUnit, List<String>> leads) {
	}

	/** A function in an admin unit, by codes. */
	record FunctionInUnit(String function, String unit) implements Comparable<FunctionInUnit> {

		@Override
		public int compareTo(FunctionInUnit other) {
			int byFunction = this.function.compareTo(other.function);
			return byFunction != 0 ? byFunction : this.unit.compareTo(other.unit);
		}

	}

	private PredictionMatcher() {
	}

	static ScenarioComparison compare(Scenario scenario, LocalDate asOf, LocalDate to, State predicted, State recorded,
			Successors successors) {
		Map<String, String> units = unitsInTheRecord(predicted, recorded, successors);
		List<BodyMatch> matched = new ArrayList<>();
		Map<String, Body> recordedByCode = new LinkedHashMap<>();
		recorded.bodies().forEach(b -> recordedByCode.put(b.code(), b));
		List<Body> unmatched = new ArrayList<>();
		for (Body body : predicted.bodies()) {
			Body same = recordedByCode.remove(body.code());
			if (same != null) {
				matched.add(new BodyMatch(body, same, MatchedBy.CODE));
			}
			else {
				unmatched.add(body);
			}
		}
		Map<String, List<Body>> recordedByName = new HashMap<>();
		recordedByCode.values()
			.forEach(b -> recordedByName.computeIfAbsent(folded(b.name()), n -> new ArrayList<>()).add(b));
		List<Body> wrong = new ArrayList<>();
		for (Body body : unmatched) {
			List<Body> candidates = recordedByName.getOrDefault(folded(body.name()), List.of());
			Body same = candidates.stream()
				.filter(r -> r.unit().equals(units.getOrDefault(body.unit(), body.unit()))
						|| folded(predicted.unitNames().get(body.unit()))
							.equals(folded(recorded.unitNames().get(r.unit()))))
				.findFirst()
				.orElse(null);
			if (same != null) {
				candidates.remove(same);
				recordedByCode.remove(same.code());
				matched.add(new BodyMatch(body, same, MatchedBy.NAME));
			}
			else {
				wrong.add(body);
			}
		}
		wrong = followTheRecord(scenario, wrong, recordedByCode, successors, matched);
		matched.sort(Comparator.comparing(m -> m.recorded().code()));
		Bodies bodies = new Bodies(matched, List.copyOf(recordedByCode.values()), wrong);

		Map<String, String> holders = new HashMap<>();
		matched.forEach(m -> holders.put(m.predicted().code(), m.recorded().code()));
		Map<FunctionInUnit, List<String>> predictedLeads = new HashMap<>();
		predicted.leads()
			.forEach((key, codes) -> predictedLeads.merge(
					new FunctionInUnit(key.function(), units.getOrDefault(key.unit(), key.unit())), codes,
					PredictionMatcher::union));
		Set<FunctionInUnit> keys = new TreeSet<>(predictedLeads.keySet());
		keys.addAll(recorded.leads().keySet());
		List<Lead> leadsMatched = new ArrayList<>();
		List<Lead> leadsMissed = new ArrayList<>();
		List<Lead> leadsWrong = new ArrayList<>();
		for (FunctionInUnit key : keys) {
			List<String> predictedHolders = predictedLeads.getOrDefault(key, List.of());
			List<String> recordedHolders = recorded.leads().getOrDefault(key, List.of());
			Lead lead = new Lead(key.function(), key.unit(), predictedHolders, recordedHolders);
			Set<String> translated = new TreeSet<>();
			predictedHolders.forEach(h -> translated.add(holders.getOrDefault(h, h)));
			if (predictedHolders.isEmpty()) {
				leadsMissed.add(lead);
			}
			else if (translated.equals(new TreeSet<>(recordedHolders))) {
				leadsMatched.add(lead);
			}
			else {
				leadsWrong.add(lead);
			}
		}
		return new ScenarioComparison(scenario, asOf, to, bodies, new Leads(leadsMatched, leadsMissed, leadsWrong));
	}

	/**
	 * Matches the bodies left unmatched by code and name with the recorded bodies that
	 * the record's change events carried their origins into (the body itself, and the
	 * bodies the scenario merged into it): the recorded body that took the most of them
	 * (a whole body before a share of its functions), then the first by code — provided
	 * the record formed it from no body the scenario did not merge into the predicted one
	 * (a plan that kept Ban Dân tộc did not foresee its merger into Sở Dân tộc và Tôn
	 * giáo). The bodies still unmatched are returned.
	 */
	private static List<Body> followTheRecord(Scenario scenario, List<Body> unmatched, Map<String, Body> recordedByCode,
			Successors successors, List<BodyMatch> matched) {
		Map<String, Set<String>> origins = new HashMap<>();
		for (Change change : scenario.changes()) {
			if (change instanceof Change.Merge merge) {
				origins.computeIfAbsent(merge.into(), c -> new TreeSet<>()).addAll(merge.agencies());
			}
		}
		List<Body> wrong = new ArrayList<>();
		for (Body body : unmatched) {
			Map<String, Integer> weights = new HashMap<>();
			Set<String> from = new TreeSet<>(origins.getOrDefault(body.code(), Set.of()));
			from.add(body.code());
			from.forEach(origin -> successors.ofAgency(origin)
				.forEach((code, weight) -> weights.merge(code, weight, Math::max)));
			Body same = weights.keySet()
				.stream()
				.filter(recordedByCode::containsKey)
				.filter(code -> from.containsAll(successors.agencyFormedFrom(code)))
				.sorted(Comparator.<String, Integer>comparing(weights::get)
					.reversed()
					.thenComparing(Comparator.naturalOrder()))
				.map(recordedByCode::get)
				.findFirst()
				.orElse(null);
			if (same != null) {
				recordedByCode.remove(same.code());
				matched.add(new BodyMatch(body, same, MatchedBy.EVENTS));
			}
			else {
				wrong.add(body);
			}
		}
		return wrong;
	}

	/**
	 * The scenario's units that the record does not have under their code, mapped to the
	 * unit the record's events merged them into (UNIT_MERGE, when it is one unit), or
	 * else to the record's unit of the same level and name (when there is exactly one).
	 */
	private static Map<String, String> unitsInTheRecord(State predicted, State recorded, Successors successors) {
		Map<String, List<String>> recordedByName = new HashMap<>();
		recorded.unitNames()
			.forEach((code, name) -> recordedByName
				.computeIfAbsent(recorded.unitLevels().get(code) + "\u0000" + folded(name), k -> new ArrayList<>())
				.add(code));
		Map<String, String> units = new HashMap<>();
		predicted.unitNames().forEach((code, name) -> {
			Set<String> became = successors.unitBecame(code);
			if (!recorded.unitNames().containsKey(code) && became.size() == 1
					&& recorded.unitNames().containsKey(became.iterator().next())) {
				units.put(code, became.iterator().next());
			}
			else if (!recorded.unitNames().containsKey(code)) {
				List<String> same = recordedByName
					.getOrDefault(predicted.unitLevels().get(code) + "\u0000" + folded(name), List.of());
				if (same.size() == 1) {
					units.put(code, same.get(0));
				}
			}
		});
		return units;
	}

	private static List<String> union(List<String> a, List<String> b) {
		Set<String> all = new TreeSet<>(a);
		all.addAll(b);
		return List.copyOf(all);
	}

	/**
	 * A name as the matching compares it: without diacritics (đ as d), lower case, spaces
	 * collapsed.
	 */
	static String folded(@Nullable String name) {
		if (name == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
	}

}

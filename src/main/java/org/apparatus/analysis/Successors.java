package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the record's change events between two days made of each admin unit and body: the
 * units a unit merged or split into (UNIT_MERGE, UNIT_SPLIT) and the bodies a body
 * merged, split, was renamed or handed functions into (MERGE, SPLIT, RENAME, TRANSFER),
 * followed from event to event in the order of their days. Comparisons use it so that a
 * province merged into another, or a department whose tasks went to its successor, is
 * compared with what it became rather than reported as ended.
 *
 * <p>
 * Each successor has a weight: {@link #WHOLE} when the whole unit or body went into it,
 * else the number of functions handed over by TRANSFER; a chain weighs as its weakest
 * step.
 */
public final class Successors {

	/** The weight of a successor that took the whole unit or body. */
	public static final int WHOLE = Integer.MAX_VALUE;

	/** One recorded step from an original to a result. */
	record Step(LocalDate date, String original, String result, int weight) {
	}

	private final Map<String, List<Step>> unitSteps;

	private final Map<String, List<Step>> agencySteps;

	private final Map<String, List<Step>> agencyStepsInto = new HashMap<>();

	private final Map<String, List<Step>> unitStepsInto = new HashMap<>();

	Successors(List<Step> unitSteps, List<Step> agencySteps) {
		this.unitSteps = byOriginal(unitSteps);
		unitSteps.forEach(step -> this.unitStepsInto.computeIfAbsent(step.result(), c -> new ArrayList<>()).add(step));
		this.agencySteps = byOriginal(agencySteps);
		agencySteps
			.forEach(step -> this.agencyStepsInto.computeIfAbsent(step.result(), c -> new ArrayList<>()).add(step));
	}

	/** No change events between the days. */
	public static Successors none() {
		return new Successors(List.of(), List.of());
	}

	/**
	 * The units the unit became, with their weights, nearest first; empty when no event
	 * carried it anywhere.
	 */
	public Map<String, Integer> ofUnit(String code) {
		return follow(this.unitSteps, code);
	}

	/**
	 * The bodies the body's tasks went to, with their weights, nearest first; empty when
	 * no event carried it anywhere.
	 */
	public Map<String, Integer> ofAgency(String code) {
		return follow(this.agencySteps, code);
	}

	/**
	 * The units a unit ended in: where its chain of UNIT_MERGE and UNIT_SPLIT events ends
	 * (a unit merged twice became the second result); empty when no event carried it.
	 */
	public Set<String> unitBecame(String code) {
		Map<String, Integer> reached = ofUnit(code);
		Set<String> last = new TreeSet<>();
		reached.keySet().forEach(unit -> {
			if (this.unitSteps.getOrDefault(unit, List.of()).stream().noneMatch(s -> reached.containsKey(s.result()))) {
				last.add(unit);
			}
		});
		return last;
	}

	/**
	 * The bodies merged, split or renamed into the body or into any body its tasks came
	 * from between the days (the originals of such steps, followed backwards through
	 * every step): what the record formed it from, as opposed to the functions handed to
	 * it.
	 */
	public Set<String> agencyFormedFrom(String code) {
		return formedFrom(this.agencyStepsInto, code);
	}

	/**
	 * The units merged whole into the unit between the days, followed backwards through
	 * every step (a province formed by merging two has them both).
	 */
	public Set<String> unitFormedFrom(String code) {
		return formedFrom(this.unitStepsInto, code);
	}

	private static Set<String> formedFrom(Map<String, List<Step>> stepsInto, String code) {
		Set<String> formedFrom = new TreeSet<>();
		Set<String> seen = new java.util.HashSet<>(Set.of(code));
		Deque<String> open = new ArrayDeque<>(List.of(code));
		while (!open.isEmpty()) {
			for (Step step : stepsInto.getOrDefault(open.poll(), List.of())) {
				if (step.weight() == WHOLE) {
					formedFrom.add(step.original());
				}
				if (seen.add(step.original())) {
					open.add(step.original());
				}
			}
		}
		return formedFrom;
	}

	private static Map<String, List<Step>> byOriginal(List<Step> steps) {
		Map<String, List<Step>> byOriginal = new HashMap<>();
		steps.forEach(step -> byOriginal.computeIfAbsent(step.original(), c -> new ArrayList<>()).add(step));
		return byOriginal;
	}

	/**
	 * Every code reachable from {@code code} by steps on or after the day the previous
	 * step took effect (a body merged on 1 March and handed over on 1 July reaches its
	 * July successor), each with the best weight of the chains that reach it.
	 */
	private static Map<String, Integer> follow(Map<String, List<Step>> steps, String code) {
		Map<String, Integer> weights = new LinkedHashMap<>();
		Map<String, LocalDate> reachedOn = new HashMap<>();
		Deque<String> open = new ArrayDeque<>();
		reachedOn.put(code, LocalDate.MIN);
		weights.put(code, WHOLE);
		open.add(code);
		while (!open.isEmpty()) {
			String current = open.poll();
			for (Step step : steps.getOrDefault(current, List.of())) {
				if (step.date().isBefore(reachedOn.get(current))) {
					continue;
				}
				int weight = Math.min(weights.get(current), step.weight());
				Integer known = weights.get(step.result());
				if (known == null || known < weight) {
					weights.put(step.result(), weight);
					reachedOn.merge(step.result(), step.date(), (a, b) -> a.isBefore(b) ? a : b);
					open.add(step.result());
				}
			}
		}
		weights.remove(code);
		return weights;
	}

}

package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apparatus.analysis.Comparison.Body;
import org.apparatus.analysis.Comparison.BodyChange;
import org.apparatus.analysis.Comparison.Event;
import org.apparatus.analysis.Comparison.LeadChange;
import org.apparatus.analysis.Comparison.Staff;
import org.apparatus.analysis.Comparison.UnitChange;
import org.apparatus.api.InvalidArgumentException;
import org.apparatus.system.CypherFile;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Compares the record of two days (domain.md §8.4): bodies and units from their periods,
 * mergers from the recorded change events, leads from the responsibilities that count on
 * each day, and the findings of the analysis of each day, by stable id.
 */
@Service
public class DayComparison {

	private final Neo4jClient client;

	private final AnalysisService analysis;

	private final RecordedSuccessors successors;

	DayComparison(Neo4jClient client, AnalysisService analysis, RecordedSuccessors successors) {
		this.client = client;
		this.analysis = analysis;
		this.successors = successors;
	}

	/**
	 * Not one transaction: the analyses of the two days run every rule, each in its own
	 * transaction with the rules' time limit (and cached), which a surrounding request
	 * transaction's shorter default would cut short on a busy machine.
	 */
	public Comparison compare(LocalDate from, LocalDate to, @Nullable String unit) {
		if (!from.isBefore(to)) {
			throw new InvalidArgumentException("to", "must be after from (" + from + "), not " + to);
		}
		Successors successors = this.successors.between(from, to);
		List<String> scope = unit == null ? null : scope(unit, from, to, successors);
		Map<String, Object> days = new HashMap<>();
		days.put("from", from);
		days.put("to", to);
		days.put("scope", scope);

		List<BodyChange> established = new ArrayList<>();
		List<BodyChange> ended = new ArrayList<>();
		List<BodyChange> renamed = new ArrayList<>();
		long[] staff = new long[4];
		boolean[] recorded = new boolean[2];
		for (Map<String, Object> row : rows("analysis/compare-bodies", days)) {
			Body before = body(row.get("before"));
			Body after = body(row.get("after"));
			var change = new BodyChange((String) row.get("code"), before, after);
			boolean activeBefore = before != null && before.status().equals("ACTIVE");
			boolean activeAfter = after != null && after.status().equals("ACTIVE");
			if (activeAfter && !activeBefore) {
				established.add(change);
			}
			else if (activeBefore && !activeAfter) {
				ended.add(change);
			}
			else if (activeBefore && !before.name().equals(after.name())) {
				renamed.add(change);
			}
			if (activeBefore) {
				staff[0]++;
				staff[2] += before.staffQuota() == null ? 0 : before.staffQuota();
				recorded[0] |= before.staffQuota() != null;
			}
			if (activeAfter) {
				staff[1]++;
				staff[3] += after.staffQuota() == null ? 0 : after.staffQuota();
				recorded[1] |= after.staffQuota() != null;
			}
		}

		List<UnitChange> unitsEnded = new ArrayList<>();
		List<UnitChange> unitsEstablished = new ArrayList<>();
		List<UnitChange> reparented = new ArrayList<>();
		for (Map<String, Object> row : rows("analysis/compare-units", days)) {
			Map<?, ?> before = (Map<?, ?>) row.get("before");
			Map<?, ?> after = (Map<?, ?>) row.get("after");
			var change = new UnitChange((String) row.get("code"), (String) row.get("level"), text(before, "name"),
					text(after, "name"), text(before, "parent"), text(after, "parent"),
					after == null ? List.copyOf(successors.unitBecame((String) row.get("code"))) : List.of());
			if (after == null) {
				unitsEnded.add(change);
			}
			else if (before == null) {
				unitsEstablished.add(change);
			}
			else if (!Objects.equals(change.parentBefore(), change.parentAfter())) {
				reparented.add(change);
			}
		}

		List<Event> merged = rows("analysis/compare-events", days).stream()
			.filter(row -> "MERGE".equals(row.get("kind")))
			.map(row -> new Event((String) row.get("code"), (LocalDate) row.get("date"), (String) row.get("kind"),
					(String) row.get("note"), (String) row.get("mandate"), strings(row.get("originals")),
					strings(row.get("results")), strings(row.get("functions"))))
			.toList();

		Map<String, List<String>> leadsBefore = new TreeMap<>();
		leads(from, scope).forEach((key, holders) -> {
			String[] functionAndUnit = key.split("\u0000");
			Set<String> became = successors.unitBecame(functionAndUnit[1]);
			String unitAfter = became.size() == 1 ? became.iterator().next() : functionAndUnit[1];
			leadsBefore.merge(functionAndUnit[0] + "\u0000" + unitAfter, holders, DayComparison::union);
		});
		Map<String, List<String>> leadsAfter = leads(to, scope);
		List<LeadChange> leads = new ArrayList<>();
		Set<String> keys = new TreeSet<>(leadsBefore.keySet());
		keys.addAll(leadsAfter.keySet());
		for (String key : keys) {
			List<String> before = leadsBefore.getOrDefault(key, List.of());
			List<String> after = leadsAfter.getOrDefault(key, List.of());
			if (!before.equals(after)) {
				String[] functionAndUnit = key.split("\u0000");
				leads.add(new LeadChange(functionAndUnit[0], functionAndUnit[1], before, after));
			}
		}

		List<Finding> findingsBefore = findings(from, scope);
		List<Finding> findingsAfter = findings(to, scope);
		Set<String> idsAfter = findingsAfter.stream().map(Finding::id).collect(Collectors.toSet());
		Set<String> idsBefore = findingsBefore.stream().map(Finding::id).collect(Collectors.toSet());
		return new Comparison(from, to, unit, established, ended, renamed, merged, unitsEnded, unitsEstablished,
				reparented, leads, new Staff(staff[0], staff[1], staff[2], staff[3], recorded[0], recorded[1]),
				findingsBefore.stream().filter(f -> !idsAfter.contains(f.id())).toList(),
				findingsAfter.stream().filter(f -> !idsBefore.contains(f.id())).toList(),
				findingsAfter.stream().filter(f -> idsBefore.contains(f.id())).toList());
	}

	/**
	 * The unit and the units below it on either day, so that a district that ended
	 * between the days is compared with what it became; with, on {@code to}, the units
	 * that the recorded events merged or split those of {@code from} into (a province
	 * merged into another is compared with the merged province), and on {@code from} the
	 * units the events merged into those of {@code to} (the merged province is compared
	 * with the provinces it was formed from).
	 */
	private List<String> scope(String unit, LocalDate from, LocalDate to, Successors successors) {
		Set<String> before = unitAndBelow(unit, from);
		Set<String> after = unitAndBelow(unit, to);
		Set<String> scope = new TreeSet<>(before);
		scope.addAll(after);
		for (String code : before) {
			for (String became : successors.unitBecame(code)) {
				if (!scope.contains(became)) {
					scope.addAll(unitAndBelow(became, to));
				}
			}
		}
		for (String code : after) {
			for (String original : successors.unitFormedFrom(code)) {
				if (!scope.contains(original)) {
					scope.addAll(unitAndBelow(original, from));
				}
			}
		}
		if (scope.isEmpty()) {
			throw InvalidArgumentException.unknown("unit", "admin unit", unit);
		}
		return List.copyOf(scope);
	}

	private Set<String> unitAndBelow(String unit, LocalDate day) {
		return this.analysis.unitAndBelow(unit, day);
	}

	private static List<String> union(List<String> a, List<String> b) {
		Set<String> all = new TreeSet<>(a);
		all.addAll(b);
		return List.copyOf(all);
	}

	/**
	 * The findings of a day that involve a unit of the scope (all when there is none):
	 * the whole analysis of the day, cached as usual, then filtered, so that a unit that
	 * exists on one of the days only is compared on both.
	 */
	private List<Finding> findings(LocalDate day, @Nullable List<String> scope) {
		return this.analysis.analyze(new AnalysisRequest(day, List.of(), null))
			.findings()
			.stream()
			.filter(f -> scope == null || f.units().stream().anyMatch(scope::contains))
			.toList();
	}

	private Map<String, List<String>> leads(LocalDate day, @Nullable List<String> scope) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("day", day);
		parameters.put("scope", scope);
		Map<String, List<String>> leads = new TreeMap<>();
		rows("analysis/compare-leads", parameters)
			.forEach(row -> leads.put(row.get("function") + "\u0000" + row.get("unit"), strings(row.get("holders"))));
		return leads;
	}

	private List<Map<String, Object>> rows(String query, Map<String, Object> parameters) {
		return List.copyOf(this.client.query(CypherFile.load(query)).bindAll(parameters).fetch().all());
	}

	private static @Nullable Body body(@Nullable Object value) {
		if (!(value instanceof Map<?, ?> map)) {
			return null;
		}
		Object quota = map.get("staffQuota");
		return new Body((String) map.get("name"), (String) map.get("nameEn"), (String) map.get("status"),
				(String) map.get("unit"), quota == null ? null : ((Number) quota).intValue());
	}

	private static @Nullable String text(@Nullable Map<?, ?> map, String key) {
		return map == null ? null : (String) map.get(key);
	}

	private static List<String> strings(@Nullable Object value) {
		List<String> out = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.forEach(x -> out.add(String.valueOf(x)));
		}
		return out;
	}

}

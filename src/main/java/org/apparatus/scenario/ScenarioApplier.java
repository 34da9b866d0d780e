package org.apparatus.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.ChangeKind;
import org.apparatus.registry.Period;
import org.apparatus.registry.UnitKind;
import org.apparatus.system.CypherFile;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Carries out a scenario's changes in the caller's transaction (statements in
 * {@code cypher/scenario/}), from the scenario's day on, recording each as a change event
 * (W3C ORG, in the shape {@code changes.csv} imports, domain.md §8.2) and returning the
 * responsibilities it moves. A change from a day ends what it ends on that day and begins
 * what it begins on it (domain.md §8): periods that span the day are split first, so the
 * record before it stays as it was. Before each change, its {@code check-*.cypher} file
 * looks for what stops it in the graph as the earlier changes left it; a change with
 * problems is reported with its position and not carried out, and the next ones are
 * checked without it. Whether the result is kept is the caller's decision: validation and
 * evaluation roll it back, {@code scenario apply} commits it.
 */
@Component
class ScenarioApplier {

	private final Neo4jClient client;

	ScenarioApplier(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * What carrying a scenario out did.
	 *
	 * @param moved the responsibilities the changes moved
	 * @param problems what stopped changes, each with its path
	 * ({@code changes[2].transfer.from}); none when every change was carried out
	 */
	record Outcome(List<MovedResponsibility> moved, List<ScenarioProblem> problems) {
	}

	Outcome apply(Scenario scenario, LocalDate asOf) {
		return new Run(asOf).apply(scenario);
	}

	/** One scenario carried out from one day. */
	private final class Run {

		private final LocalDate asOf;

		Run(LocalDate asOf) {
			this.asOf = asOf;
		}

		Outcome apply(Scenario scenario) {
			List<MovedResponsibility> moved = new ArrayList<>();
			List<ScenarioProblem> problems = new ArrayList<>();
			for (int i = 0; i < scenario.changes().size(); i++) {
				Change change = scenario.changes().get(i);
				List<ScenarioProblem> found = check(i, change);
				if (found.isEmpty()) {
					apply(scenario.name(), i, change, moved);
				}
				problems.addAll(found);
			}
			return new Outcome(List.copyOf(moved), List.copyOf(problems));
		}

		private List<ScenarioProblem> check(int index, Change change) {
			String statement;
			Map<String, @Nullable Object> parameters;
			if (change instanceof Change.Merge merge) {
				statement = CypherFile.load("scenario/check-merge");
				parameters = parameters("agencies", merge.agencies(), "into", merge.into(), "newAgency",
						merge.newAgency() != null);
			}
			else if (change instanceof Change.Transfer transfer) {
				statement = CypherFile.load("scenario/check-transfer");
				parameters = parameters("function", transfer.function(), "from", transfer.from(), "to", transfer.to());
			}
			else if (change instanceof Change.Dissolve dissolve) {
				statement = CypherFile.load("scenario/check-dissolve");
				parameters = parameters("agency", dissolve.agency(), "handTo", dissolve.handTo());
			}
			else if (change instanceof Change.AbolishLevel abolish) {
				statement = CypherFile.load("scenario/check-abolish-level");
				parameters = parameters("level", abolish.level().name(), "policy", abolish.policy().name(), "except",
						bodyPolicies(abolish));
			}
			else if (change instanceof Change.MergeUnits merge) {
				statement = CypherFile.load("scenario/check-merge-units");
				UnitKind kind = merge.newUnit() == null ? null : merge.newUnit().kind();
				parameters = parameters("units", merge.units(), "into", merge.into(), "newUnit",
						merge.newUnit() != null, "kind", kind == null ? null : kind.name(), "kindLevel",
						kind == null ? null : kind.level().name(), "kindsOfLevel", kindsOfLevel());
			}
			else {
				throw new IllegalArgumentException("no check for change " + change);
			}
			String where = "changes[" + index + "]." + change.type() + ".";
			return ScenarioApplier.this.client.query(statement)
				.bindAll(withDay(parameters))
				.fetch()
				.all()
				.stream()
				.map(row -> new ScenarioProblem(where + row.get("where"), (String) row.get("message")))
				.toList();
		}

		private void apply(String scenario, int index, Change change, List<MovedResponsibility> moved) {
			if (change instanceof Change.Merge merge) {
				Change.NewAgency created = merge.newAgency();
				if (created != null) {
					run(CypherFile.load("scenario/new-agency"),
							Map.of("code", created.code(), "name", created.name(), "nameEn",
									created.nameEn() == null ? created.name() : created.nameEn(), "kind",
									created.kind().name(), "like", merge.agencies().get(0)));
				}
				List<String> sources = merge.agencies().stream().filter(a -> !a.equals(merge.into())).toList();
				split(sources);
				split(List.of(merge.into()));
				for (String source : sources) {
					move(index, source, merge.into(), null, moved);
					run(CypherFile.load("scenario/hand-over-agency"), Map.of("from", source, "to", merge.into()));
					retire(source, "MERGED", merge.into());
				}
				event(scenario, index, change, merge.agencies(), List.of(merge.into()), List.of());
			}
			else if (change instanceof Change.Transfer transfer) {
				move(index, transfer.from(), transfer.to(), transfer.function(), moved);
				event(scenario, index, change, List.of(transfer.from()), List.of(transfer.to()),
						List.of(transfer.function()));
			}
			else if (change instanceof Change.Dissolve dissolve) {
				split(dissolve.handTo() == null ? List.of(dissolve.agency())
						: List.of(dissolve.agency(), dissolve.handTo()));
				if (dissolve.handTo() != null) {
					move(index, dissolve.agency(), dissolve.handTo(), null, moved);
					run(CypherFile.load("scenario/hand-over-agency"),
							Map.of("from", dissolve.agency(), "to", dissolve.handTo()));
				}
				else {
					drop(index, dissolve.agency(), moved);
				}
				retire(dissolve.agency(), "DISSOLVED", null);
				// A dissolution results in no body (its note names the one its tasks go
				// to).
				event(scenario, index, change, List.of(dissolve.agency()), List.of(), List.of());
			}
			else if (change instanceof Change.AbolishLevel abolish) {
				Map<String, List<String>> successors = new HashMap<>();
				ScenarioApplier.this.client.query(CypherFile.load("scenario/level-successors"))
					.bindAll(withDay(parameters("level", abolish.level().name(), "policy", abolish.policy().name(),
							"except", bodyPolicies(abolish))))
					.fetch()
					.all()
					.forEach(row -> successors.put((String) row.get("agency"), strings(row.get("successors"))));
				Set<String> touched = new TreeSet<>(successors.keySet());
				successors.values().forEach(to -> touched.addAll(to));
				split(List.copyOf(touched));
				// The level's rules for the functions its bodies lead go where the work
				// goes, before the work moves (while the bodies still lead it).
				List<Map<String, Object>> handovers = successors.entrySet()
					.stream()
					.filter(entry -> !entry.getValue().isEmpty())
					.map(entry -> Map.<String, Object>of("agency", entry.getKey(), "successors", entry.getValue()))
					.toList();
				run(CypherFile.load("scenario/move-level-rules"),
						parameters("level", abolish.level().name(), "handovers", handovers));
				for (var entry : successors.entrySet()) {
					String agency = entry.getKey();
					List<String> to = entry.getValue();
					if (to.isEmpty()) {
						drop(index, agency, moved);
					}
					else {
						for (String successor : to) {
							copy(index, agency, successor, moved);
						}
						run(CypherFile.load("scenario/drop-responsibilities"),
								parameters("from", agency, "function", null));
						// Its subordinates and staff go to its first successor (UP: the
						// one
						// above).
						run(CypherFile.load("scenario/hand-over-agency"), Map.of("from", agency, "to", to.get(0)));
					}
					retire(agency, "DISSOLVED", null);
				}
				Map<String, String> parents = new LinkedHashMap<>();
				ScenarioApplier.this.client.query(CypherFile.load("scenario/units-of-level"))
					.bindAll(withDay(parameters("level", abolish.level().name())))
					.fetch()
					.all()
					.forEach(row -> parents.put((String) row.get("unit"), (String) row.get("parent")));
				endUnits(parents);
				// The units of the level ended; the units above them took over what lay
				// in
				// them.
				event(scenario, index, change, List.copyOf(parents.keySet()),
						parents.values().stream().distinct().sorted().toList(), List.of());
			}
			else if (change instanceof Change.MergeUnits merge) {
				Change.NewUnit created = merge.newUnit();
				if (created != null) {
					run(CypherFile.load("scenario/new-unit"), parameters("code", created.code(), "name", created.name(),
							"nameEn", created.nameEn() == null ? created.name() : created.nameEn(), "kind",
							created.kind() == null ? null : created.kind().name(), "like", merge.units().get(0)));
				}
				Map<String, String> into = new LinkedHashMap<>();
				merge.units().stream().filter(u -> !u.equals(merge.into())).forEach(u -> into.put(u, merge.into()));
				endUnits(into);
				event(scenario, index, change, merge.units(), List.of(merge.into()), List.of());
			}
		}

		/**
		 * Units end on the day: what lies in each (the units below it, the agencies
		 * located in it) belongs from then on to the unit it is mapped to.
		 */
		private void endUnits(Map<String, String> successors) {
			Map<String, Object> content = ScenarioApplier.this.client.query(CypherFile.load("scenario/units-content"))
				.bindAll(withDay(parameters("units", List.copyOf(successors.keySet()))))
				.fetch()
				.one()
				.orElseThrow();
			run(CypherFile.load("scenario/split-units"), parameters("codes", content.get("children")));
			split(strings(content.get("agencies")));
			successors.forEach((unit, successor) -> run(CypherFile.load("scenario/move-units-content"),
					parameters("from", unit, "to", successor)));
			run(CypherFile.load("scenario/end-units"), parameters("units", List.copyOf(successors.keySet())));
		}

		/**
		 * Splits the periods of agencies on the day, so that a change from it leaves the
		 * record before.
		 */
		private void split(List<String> agencies) {
			run(CypherFile.load("scenario/split-agencies"), parameters("codes", agencies));
		}

		private void move(int index, String from, String to, @Nullable String function,
				List<MovedResponsibility> moved) {
			record(index, from, to, function, moved);
			run(CypherFile.load("scenario/copy-responsibilities"),
					parameters("from", from, "to", to, "function", function));
			run(CypherFile.load("scenario/drop-responsibilities"), parameters("from", from, "function", function));
		}

		private void copy(int index, String from, String to, List<MovedResponsibility> moved) {
			record(index, from, to, null, moved);
			run(CypherFile.load("scenario/copy-responsibilities"),
					parameters("from", from, "to", to, "function", null));
		}

		private void drop(int index, String from, List<MovedResponsibility> moved) {
			record(index, from, null, null, moved);
			run(CypherFile.load("scenario/drop-responsibilities"), parameters("from", from, "function", null));
		}

		private void record(int index, String from, @Nullable String to, @Nullable String function,
				List<MovedResponsibility> moved) {
			ScenarioApplier.this.client.query(CypherFile.load("scenario/responsibilities-of"))
				.bindAll(withDay(parameters("from", from, "function", function)))
				.fetch()
				.all()
				.forEach(row -> moved.add(new MovedResponsibility(index, (String) row.get("function"),
						(String) row.get("role"), from, to)));
		}

		private void retire(String agency, String status, @Nullable String into) {
			run(CypherFile.load("scenario/retire-agency"),
					parameters("agency", agency, "status", status, "into", into));
		}

		/**
		 * Records a change as a change event of the kind it is (domain.md §8.2), coded
		 * {@code <scenario>.<day>.<index>}: from- and to-codes are agencies, or admin
		 * units for the changes of units.
		 */
		private void event(String scenario, int index, Change change, List<String> originals, List<String> results,
				List<String> functions) {
			ChangeKind kind = kindOf(change);
			boolean units = kind.changesUnits();
			run(CypherFile.load("scenario/change-event"),
					parameters("code", eventCode(scenario, this.asOf, index), "scenario", scenario, "index", index,
							"kind", kind.name(), "note", ScenarioYaml.line(change), "fromAgencies",
							units ? List.of() : originals, "toAgencies", units ? List.of() : results, "fromUnits",
							units ? originals : List.of(), "toUnits", units ? results : List.of(), "functions",
							functions));
		}

		private void run(String statement, Map<String, @Nullable Object> parameters) {
			ScenarioApplier.this.client.query(statement).bindAll(withDay(parameters)).run();
		}

		/** The parameters of a statement with the day the changes take effect on. */
		private Map<String, @Nullable Object> withDay(Map<String, @Nullable Object> parameters) {
			Map<String, @Nullable Object> all = new HashMap<>(parameters);
			all.put("asOf", this.asOf);
			all.put("end", Period.END);
			return all;
		}

	}

	/** The kind of change event a scenario's change is recorded as. */
	static ChangeKind kindOf(Change change) {
		if (change instanceof Change.Merge) {
			return ChangeKind.MERGE;
		}
		if (change instanceof Change.Transfer) {
			return ChangeKind.TRANSFER;
		}
		if (change instanceof Change.Dissolve) {
			return ChangeKind.DISSOLVE;
		}
		if (change instanceof Change.AbolishLevel) {
			return ChangeKind.LEVEL_ABOLISHED;
		}
		if (change instanceof Change.MergeUnits) {
			return ChangeKind.UNIT_MERGE;
		}
		throw new IllegalArgumentException("no kind of change event for " + change);
	}

	/**
	 * The code of the event of a scenario's change applied from a day: stable (applying
	 * the same again replaces it) and a valid data-set code, so that an export of the
	 * store re-imports.
	 */
	static String eventCode(String scenario, LocalDate day, int index) {
		return scenario + "." + day + "." + index;
	}

	private static Map<String, @Nullable Object> parameters(@Nullable Object... keysAndValues) {
		Map<String, @Nullable Object> map = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private static List<String> strings(@Nullable Object value) {
		List<String> out = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.forEach(x -> out.add(String.valueOf(x)));
		}
		return out;
	}

	/**
	 * For each level, the kinds of unit it has, in words for a problem ("one of
	 * RURAL_COMMUNE, WARD, …"), as the data set's validation says them.
	 */
	private static Map<String, String> kindsOfLevel() {
		Map<String, String> kinds = new HashMap<>();
		for (AdminLevel level : AdminLevel.values()) {
			kinds.put(level.name(), UnitKind.describe(level));
		}
		return kinds;
	}

	private static List<Map<String, Object>> bodyPolicies(Change.AbolishLevel abolish) {
		return abolish.except().stream().map(Change.BodyPolicy::parameter).toList();
	}

}

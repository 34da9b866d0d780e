package org.apparatus.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apparatus.registry.AdminLevel;
import org.apparatus.system.CypherFile;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Checks a scenario against the knowledge base, change by change, on a model of the codes that the
 * earlier changes have already changed: merging an agency that an earlier change dissolved, or
 * transferring a function from an agency that no longer holds it, is reported against the change
 * that makes no sense, with the path of the offending value.
 */
@Component
class ScenarioValidator {

	private final Neo4jClient client;

	ScenarioValidator(Neo4jClient client) {
		this.client = client;
	}

	List<ScenarioProblem> problems(Scenario scenario) {
		State state = State.load(this.client);
		List<ScenarioProblem> problems = new ArrayList<>();
		for (int i = 0; i < scenario.changes().size(); i++) {
			Change change = scenario.changes().get(i);
			String where = "changes[" + i + "]." + change.type();
			int before = problems.size();
			check(change, where, state, problems);
			if (problems.size() == before) {
				state.apply(change);
			}
		}
		return problems;
	}

	private static void check(Change change, String where, State state, List<ScenarioProblem> problems) {
		if (change instanceof Change.Merge merge) {
			for (int j = 0; j < merge.agencies().size(); j++) {
				state.active(merge.agencies().get(j), where + ".agencies[" + j + "]", problems);
			}
			if (merge.newAgency() != null) {
				if (state.agencies.containsKey(merge.into())) {
					problems.add(new ScenarioProblem(where + ".into.code", "an agency " + merge.into() + " already exists"));
				}
			}
			else {
				state.active(merge.into(), where + ".into", problems);
			}
		}
		else if (change instanceof Change.Transfer transfer) {
			if (!state.functions.containsKey(transfer.function())) {
				problems.add(new ScenarioProblem(where + ".function", "no function with code " + transfer.function()));
			}
			boolean from = state.active(transfer.from(), where + ".from", problems);
			state.active(transfer.to(), where + ".to", problems);
			if (transfer.from().equals(transfer.to())) {
				problems.add(new ScenarioProblem(where + ".to", "an agency cannot transfer a function to itself"));
			}
			else if (from && state.functions.containsKey(transfer.function())
					&& state.held(transfer.from()).stream().noneMatch(f -> state.within(f, transfer.function()))) {
				problems.add(new ScenarioProblem(where + ".from", transfer.from() + " holds no responsibility for "
						+ transfer.function() + " or a task under it (after the changes before this one)"));
			}
		}
		else if (change instanceof Change.Dissolve dissolve) {
			state.active(dissolve.agency(), where + ".agency", problems);
			if (dissolve.handTo() != null) {
				state.active(dissolve.handTo(), where + ".hand_to", problems);
				if (dissolve.handTo().equals(dissolve.agency())) {
					problems.add(new ScenarioProblem(where + ".hand_to", "an agency cannot hand its responsibilities to itself"));
				}
			}
		}
		else if (change instanceof Change.AbolishLevel abolish) {
			if (abolish.level() == AdminLevel.PROVINCE) {
				problems.add(new ScenarioProblem(where + ".level", "the top level cannot be abolished: there is no unit above it"));
			}
			else if (state.unitsOf(abolish.level()).isEmpty()) {
				problems.add(new ScenarioProblem(where + ".level", "there is no unit of level " + abolish.level()
						+ " (left) to abolish"));
			}
			else if (abolish.policy() == Change.Policy.DOWN && abolish.level() == AdminLevel.COMMUNE) {
				problems.add(new ScenarioProblem(where + ".policy", "there is no level below COMMUNE to hand down to"));
			}
		}
		else if (change instanceof Change.MergeUnits merge) {
			Set<String> levels = new HashSet<>();
			for (int j = 0; j < merge.units().size(); j++) {
				String unit = merge.units().get(j);
				if (!state.units.containsKey(unit)) {
					problems.add(new ScenarioProblem(where + ".units[" + j + "]", "no admin unit with code " + unit
							+ " (or an earlier change removed it)"));
				}
				else {
					levels.add(state.units.get(unit).level());
				}
			}
			if (levels.size() > 1) {
				problems.add(new ScenarioProblem(where + ".units", "only units of one level can merge, not " + levels));
			}
			if (merge.newUnit() != null) {
				if (state.units.containsKey(merge.into())) {
					problems.add(new ScenarioProblem(where + ".into.code", "an admin unit " + merge.into() + " already exists"));
				}
			}
			else if (!state.units.containsKey(merge.into())) {
				problems.add(new ScenarioProblem(where + ".into", "no admin unit with code " + merge.into()));
			}
		}
	}

	/** The codes of the knowledge base as the changes so far leave them. */
	private static final class State {

		record AgencyState(String status, String unit, Set<String> held) {
		}

		record UnitState(String level, @Nullable String parent) {
		}

		final Map<String, AgencyState> agencies = new HashMap<>();

		final Map<String, UnitState> units = new HashMap<>();

		final Map<String, @Nullable String> functions = new HashMap<>();

		static State load(Neo4jClient client) {
			State state = new State();
			client.query(CypherFile.load("scenario/state")).fetch().all().forEach(row -> {
				String code = (String) row.get("code");
				switch ((String) row.get("type")) {
					case "agency" -> state.agencies.put(code, new AgencyState((String) row.get("status"),
							(String) row.get("unit"), new HashSet<>(strings(row.get("held")))));
					case "unit" -> state.units.put(code, new UnitState((String) row.get("status"), (String) row.get("unit")));
					default -> state.functions.put(code, (String) row.get("unit"));
				}
			});
			return state;
		}

		private static List<String> strings(@Nullable Object value) {
			List<String> out = new ArrayList<>();
			if (value instanceof List<?> list) {
				list.forEach(x -> out.add(String.valueOf(x)));
			}
			return out;
		}

		boolean active(String agency, String where, List<ScenarioProblem> problems) {
			AgencyState state = this.agencies.get(agency);
			if (state == null) {
				problems.add(new ScenarioProblem(where, "no agency with code " + agency));
				return false;
			}
			if (!"ACTIVE".equals(state.status())) {
				problems.add(new ScenarioProblem(where, agency + " is " + state.status()
						+ " (in the knowledge base or after an earlier change of this scenario)"));
				return false;
			}
			return true;
		}

		Set<String> held(String agency) {
			return this.agencies.get(agency).held();
		}

		boolean within(String function, String ancestor) {
			for (String f = function; f != null; f = this.functions.get(f)) {
				if (f.equals(ancestor)) {
					return true;
				}
			}
			return false;
		}

		List<String> unitsOf(AdminLevel level) {
			return this.units.entrySet().stream().filter(e -> e.getValue().level().equals(level.name())).map(Map.Entry::getKey).toList();
		}

		void apply(Change change) {
			if (change instanceof Change.Merge merge) {
				if (merge.newAgency() != null) {
					this.agencies.put(merge.into(), new AgencyState("ACTIVE", this.agencies.get(merge.agencies().get(0)).unit(),
							new HashSet<>()));
				}
				for (String agency : merge.agencies()) {
					if (!agency.equals(merge.into())) {
						move(agency, merge.into(), null);
						retire(agency, "MERGED");
					}
				}
			}
			else if (change instanceof Change.Transfer transfer) {
				move(transfer.from(), transfer.to(), transfer.function());
			}
			else if (change instanceof Change.Dissolve dissolve) {
				if (dissolve.handTo() != null) {
					move(dissolve.agency(), dissolve.handTo(), null);
				}
				retire(dissolve.agency(), "DISSOLVED");
			}
			else if (change instanceof Change.AbolishLevel abolish) {
				for (String unit : unitsOf(abolish.level())) {
					String parent = this.units.get(unit).parent();
					this.units.replaceAll((code, u) -> unit.equals(u.parent()) ? new UnitState(u.level(), parent) : u);
					this.agencies.replaceAll((code, a) -> unit.equals(a.unit())
							? new AgencyState("ACTIVE".equals(a.status()) ? "DISSOLVED" : a.status(), parent == null ? unit : parent, a.held())
							: a);
					this.units.remove(unit);
				}
			}
			else if (change instanceof Change.MergeUnits merge) {
				if (merge.newUnit() != null) {
					UnitState like = this.units.get(merge.units().get(0));
					this.units.put(merge.into(), new UnitState(like.level(), like.parent()));
				}
				for (String unit : merge.units()) {
					if (!unit.equals(merge.into())) {
						this.units.replaceAll((code, u) -> unit.equals(u.parent()) ? new UnitState(u.level(), merge.into()) : u);
						this.agencies.replaceAll((code, a) -> unit.equals(a.unit()) ? new AgencyState(a.status(), merge.into(), a.held()) : a);
						this.units.remove(unit);
					}
				}
			}
		}

		private void move(String from, String to, @Nullable String function) {
			Set<String> moving = new HashSet<>();
			for (String f : held(from)) {
				if (function == null || within(f, function)) {
					moving.add(f);
				}
			}
			held(from).removeAll(moving);
			held(to).addAll(moving);
		}

		private void retire(String agency, String status) {
			AgencyState state = this.agencies.get(agency);
			this.agencies.put(agency, new AgencyState(status, state.unit(), state.held()));
		}

	}

}

package org.apparatus.generator;

import java.util.ArrayList;
import java.util.List;

import org.apparatus.generator.FunctionTree.Task;
import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.Role;

/**
 * OVERLAP_NESTED: a department leads a whole function whose tasks a sub-department of
 * another department leads.
 */
final class OverlapNestedPlanter implements Planter {

	@Override
	public String rule() {
		return "OVERLAP_NESTED";
	}

	@Override
	public void plant(Province province, FunctionTree tree, AnswerKey key) {
		Unit unit = province.unit();
		String function = function(tree);
		String leader = unit.code() + "-S09";
		unit.responsibility(leader, function, Role.LEAD);
		List<String> tasks = tasks(unit, function);
		List<String> functions = new ArrayList<>(List.of(function));
		functions.addAll(tasks);
		key.record(rule(), unit.code(), List.of(leader, unit.leads().get(tasks.get(0))), functions,
				"a department leads a function whose tasks another department's sub-department leads");
	}

	/**
	 * The sub-department whose tasks the plant overlaps: {@link MergerCandidatePlanter}
	 * copies another one, so that the two plants do not meet.
	 */
	static String overlappedSubDepartment(Province province, FunctionTree tree) {
		Unit unit = province.unit();
		return unit.leads().get(tasks(unit, function(tree)).get(0));
	}

	private static List<String> tasks(Unit unit, String function) {
		return unit.leads().keySet().stream().filter(t -> t.startsWith(function + ".")).toList();
	}

	/**
	 * A function of a sub-department's share (functions 3 and 4) with a province-level
	 * task, preferably of domain 14: the draws decide which functions have one.
	 */
	private static String function(FunctionTree tree) {
		return tree.tasks()
			.stream()
			.filter(t -> t.domain() == 14 && t.function() >= 3 && t.levels().contains(AdminLevel.PROVINCE))
			.map(Task::functionCode)
			.findFirst()
			.orElseGet(() -> tree.tasks()
				.stream()
				.filter(t -> ProvinceBuilder.SUB_DEPARTMENT_DOMAINS.contains(t.domain()) && t.domain() != 23
						&& t.function() >= 3 && t.levels().contains(AdminLevel.PROVINCE))
				.map(Task::functionCode)
				.findFirst()
				.orElseThrow());
	}

}

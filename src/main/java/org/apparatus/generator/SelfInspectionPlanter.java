package org.apparatus.generator;

import java.util.List;
import java.util.Map;

import org.apparatus.registry.Role;

/** SELF_INSPECTION: a department inspects a task it leads. */
final class SelfInspectionPlanter implements Planter {

	@Override
	public String rule() {
		return "SELF_INSPECTION";
	}

	@Override
	public void plant(Province province, FunctionTree tree, AnswerKey key) {
		Unit unit = province.unit();
		String task = unit.leads()
			.entrySet()
			.stream()
			.filter(e -> e.getValue().matches(unit.code() + "-S2[0-2]"))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
		String inspector = unit.leads().get(task);
		unit.responsibility(inspector, task, Role.INSPECT);
		key.record(rule(), unit.code(), List.of(inspector), List.of(task), "leads and inspects the same task");
	}

}

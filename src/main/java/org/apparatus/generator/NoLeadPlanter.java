package org.apparatus.generator;

import java.util.List;

import org.apparatus.registry.Role;

/** NO_LEAD: a commune coordinates a task nobody leads there. */
final class NoLeadPlanter implements Planter {

	@Override
	public String rule() {
		return "NO_LEAD";
	}

	@Override
	public void plant(Province province, FunctionTree tree, AnswerKey key) {
		Unit commune = province.commune(3);
		String committee = commune.code() + "-UBND";
		// a task required at the province only, so that no commune leads it
		String task = tree.provinceOnlyTask(17);
		commune.responsibility(committee, task, Role.COORDINATE);
		key.record(rule(), commune.code(), List.of(committee), List.of(task), "coordinated, never led");
	}

}

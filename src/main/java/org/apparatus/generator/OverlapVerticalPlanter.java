package org.apparatus.generator;

import java.util.List;

import org.apparatus.registry.Role;

/** OVERLAP_VERTICAL: a commune leads a task the rules keep at the province. */
final class OverlapVerticalPlanter implements Planter {

	@Override
	public String rule() {
		return "OVERLAP_VERTICAL";
	}

	@Override
	public void plant(Province province, FunctionTree tree, AnswerKey key) {
		Unit commune = province.commune(1);
		String committee = commune.code() + "-UBND";
		String task = tree.provinceOnlyTask(15);
		commune.responsibility(committee, task, Role.LEAD);
		key.record(rule(), List.of(province.code(), commune.code()),
				List.of(province.unit().leads().get(task), committee), List.of(task),
				"led at the province and in one of its communes");
	}

}

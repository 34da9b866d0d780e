package org.apparatus.generator;

import java.util.List;
import java.util.Set;

import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.Role;

/**
 * DUPLICATE: the commune front also leads a task the commune's people's committee leads.
 */
final class DuplicatePlanter implements Planter {

	@Override
	public String rule() {
		return "DUPLICATE";
	}

	@Override
	public void plant(Province province, FunctionTree tree, AnswerKey key) {
		Unit commune = province.commune(0);
		String committee = commune.code() + "-UBND";
		String front = commune.code() + "-MTTQ";
		String task = commune.taskLedBy(committee, Set.of(AdminLevel.COMMUNE), 12);
		commune.responsibility(front, task, Role.LEAD);
		key.record(rule(), commune.code(), List.of(front, committee), List.of(task),
				"a second lead for the same task in the same commune");
	}

}

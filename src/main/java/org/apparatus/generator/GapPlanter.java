package org.apparatus.generator;

import java.util.List;
import java.util.Set;

import org.apparatus.registry.AdminLevel;

/** GAP: nobody leads a task the rules require in every commune. */
final class GapPlanter implements Planter {

	@Override
	public String rule() {
		return "GAP";
	}

	@Override
	public void plant(Province province, FunctionTree tree, AnswerKey key) {
		Unit commune = province.commune(2);
		String task = commune.taskLedBy(commune.code() + "-UBND", Set.of(AdminLevel.COMMUNE), 16);
		commune.responsibilities().removeIf(r -> r.function().equals(task));
		commune.leads().remove(task);
		// a body that held only this task would now be idle, a finding of another rule
		commune.ensureEveryBodyHolds();
		key.record(rule(), commune.code(), List.of(), List.of(task),
				"the commune's lead for a required task is missing");
	}

}

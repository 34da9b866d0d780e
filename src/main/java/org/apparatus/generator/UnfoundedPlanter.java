package org.apparatus.generator;

import java.util.List;
import java.util.Set;

import org.apparatus.generator.Row.ResponsibilityRow;
import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.Role;

/**
 * UNFOUNDED, twice: the commune front claims the lead of two tasks the commune's people's
 * committee leads, once on no mandate and once on a repealed one. A responsibility counts
 * only while a mandate in force grants it (domain.md §8.3), so neither claim is a second
 * lead (no DUPLICATE), and the committee still leads both tasks (no GAP, no NO_LEAD).
 */
final class UnfoundedPlanter implements Planter {

	@Override
	public String rule() {
		return "UNFOUNDED";
	}

	@Override
	public void plant(Province province, FunctionTree tree, AnswerKey key) {
		Unit commune = province.commune(4);
		String committee = commune.code() + "-UBND";
		String noMandate = commune.taskLedBy(committee, Set.of(AdminLevel.COMMUNE), 18);
		String repealedOnly = commune.taskLedBy(committee, Set.of(AdminLevel.COMMUNE), 19, Set.of(noMandate));
		String front = commune.code() + "-MTTQ";
		commune.responsibilities().add(new ResponsibilityRow(front, noMandate, Role.LEAD, null, null));
		commune.responsibilities()
			.add(new ResponsibilityRow(front, repealedOnly, Role.LEAD, FunctionTree.repealed(19), "Điều 3"));
		key.record(rule(), commune.code(), List.of(front), List.of(noMandate), "no mandate at all");
		key.record(rule(), commune.code(), List.of(front), List.of(repealedOnly), "only a repealed mandate");
	}

}

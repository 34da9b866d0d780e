package org.apparatus.generator;

import java.util.List;
import java.util.Set;

import org.apparatus.generator.Row.ResponsibilityRow;
import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.Role;

/** UNFOUNDED, twice: one lead with no mandate, one with only a repealed mandate. */
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
		commune.responsibilities()
			.removeIf(r -> r.role() == Role.LEAD
					&& (r.function().equals(noMandate) || r.function().equals(repealedOnly)));
		commune.responsibilities().add(new ResponsibilityRow(committee, noMandate, Role.LEAD, null, null));
		commune.responsibilities()
			.add(new ResponsibilityRow(committee, repealedOnly, Role.LEAD, FunctionTree.repealed(19), "Điều 3"));
		key.record(rule(), commune.code(), List.of(committee), List.of(noMandate), "no mandate at all");
		key.record(rule(), commune.code(), List.of(committee), List.of(repealedOnly), "only a repealed mandate");
	}

}

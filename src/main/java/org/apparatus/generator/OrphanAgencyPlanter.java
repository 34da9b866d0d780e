package org.apparatus.generator;

import java.util.List;

import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.Role;

/**
 * ORPHAN_AGENCY: a board that reports to nobody (it holds a task, so that it is not idle
 * too).
 */
final class OrphanAgencyPlanter implements Planter {

	@Override
	public String rule() {
		return "ORPHAN_AGENCY";
	}

	@Override
	public void plant(Province province, FunctionTree tree, AnswerKey key) {
		Unit commune = province.commune(6);
		String orphan = commune.extraAgency("BQLDA", "Ban Quản lý dự án xã", "Commune Project Board", AgencyKind.BOARD,
				"ACTIVE");
		commune.responsibility(orphan, commune.leads().keySet().iterator().next(), Role.COORDINATE);
		key.record(rule(), commune.code(), List.of(orphan), List.of(), "reports to no active body");
	}

}

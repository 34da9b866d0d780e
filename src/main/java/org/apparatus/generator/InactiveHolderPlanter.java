package org.apparatus.generator;

import java.util.List;

import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.ReportingLineKind;
import org.apparatus.registry.Role;

/** INACTIVE_HOLDER: a merged board still holds a task. */
final class InactiveHolderPlanter implements Planter {

	@Override
	public String rule() {
		return "INACTIVE_HOLDER";
	}

	@Override
	public void plant(Province province, FunctionTree tree, AnswerKey key) {
		Unit commune = province.commune(5);
		String merged = commune.extraAgency("BQLC", "Ban Quản lý chợ (đã sáp nhập)", "Market Board (merged)",
				AgencyKind.BOARD, "MERGED");
		commune.line(merged, commune.code() + "-UBND", ReportingLineKind.ADMINISTRATIVE);
		String task = commune.leads().keySet().iterator().next();
		commune.responsibility(merged, task, Role.COORDINATE);
		key.record(rule(), commune.code(), List.of(merged), List.of(task),
				"a merged body still holds a responsibility");
	}

}

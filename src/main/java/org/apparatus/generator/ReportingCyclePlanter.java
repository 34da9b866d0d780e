package org.apparatus.generator;

import java.util.ArrayList;
import java.util.List;

import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.ReportingLineKind;
import org.apparatus.registry.Role;

/**
 * REPORTING_CYCLE: two boards that report to each other (each holds a task, so that
 * neither is idle).
 */
final class ReportingCyclePlanter implements Planter {

	@Override
	public String rule() {
		return "REPORTING_CYCLE";
	}

	@Override
	public void plant(Province province, FunctionTree tree, AnswerKey key) {
		Unit commune = province.commune(7);
		String a = commune.extraAgency("BCDA", "Ban Chỉ đạo A", "Steering Board A", AgencyKind.BOARD, "ACTIVE");
		String b = commune.extraAgency("BCDB", "Ban Chỉ đạo B", "Steering Board B", AgencyKind.BOARD, "ACTIVE");
		commune.line(a, b, ReportingLineKind.ADMINISTRATIVE);
		commune.line(b, a, ReportingLineKind.ADMINISTRATIVE);
		List<String> tasks = new ArrayList<>(commune.leads().keySet());
		commune.responsibility(a, tasks.get(0), Role.COORDINATE);
		commune.responsibility(b, tasks.get(tasks.size() - 1), Role.COORDINATE);
		key.record(rule(), commune.code(), List.of(a, b), List.of(), "two boards report to each other");
	}

}

package org.apparatus.generator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.ReportingLineKind;
import org.apparatus.registry.Role;

/**
 * MERGER_CANDIDATE: a new centre leads exactly what a sub-department leads. Each of those
 * tasks is then led twice in the province, so the plant is a DUPLICATE per task as well,
 * and the key lists those too.
 */
final class MergerCandidatePlanter implements Planter {

	@Override
	public String rule() {
		return "MERGER_CANDIDATE";
	}

	@Override
	public void plant(Province province, FunctionTree tree, AnswerKey key) {
		Unit unit = province.unit();
		String p = unit.code();
		String overlapped = OverlapNestedPlanter.overlappedSubDepartment(province, tree);
		String twin = ProvinceBuilder.SUB_DEPARTMENT_DOMAINS.stream()
			.sorted(Comparator.reverseOrder())
			.map(d -> p + String.format("-S%02d-CC", d))
			.filter(cc -> !cc.equals(overlapped) && unit.leads().containsValue(cc))
			.findFirst()
			.orElseThrow();
		List<String> twinTasks = unit.leads()
			.entrySet()
			.stream()
			.filter(e -> e.getValue().equals(twin))
			.map(Map.Entry::getKey)
			.toList();
		String twinDepartment = twin.substring(0, twin.length() - "-CC".length());
		String copy = unit.extraAgency(twinDepartment.substring(p.length() + 1) + "-TTTN",
				"Trung tâm trùng nhiệm vụ với chi cục", "Centre with the sub-department's tasks", AgencyKind.CENTER,
				"ACTIVE");
		unit.line(copy, twinDepartment, ReportingLineKind.ADMINISTRATIVE);
		twinTasks.forEach(task -> unit.responsibility(copy, task, Role.LEAD));
		key.record(rule(), p, List.of(twin, copy), twinTasks, "two bodies lead the same tasks");
		for (String task : twinTasks) {
			key.record("DUPLICATE", p, List.of(twin, copy), List.of(task), "implied by the MERGER_CANDIDATE plant");
		}
	}

}

package org.apparatus.generator;

import java.util.List;

import org.apparatus.registry.ReportingLineKind;

/**
 * MULTIPLE_SUPERIORS: a district office also placed administratively under a province
 * department.
 */
final class MultipleSuperiorsPlanter implements Planter {

	@Override
	public String rule() {
		return "MULTIPLE_SUPERIORS";
	}

	@Override
	public void plant(Province province, FunctionTree tree, AnswerKey key) {
		Unit district = province.districts().get(1);
		String office = district.code() + "-P9";
		String department = province.code() + "-S09";
		district.line(office, department, ReportingLineKind.ADMINISTRATIVE);
		key.record(rule(), district.code(), List.of(office, district.code() + "-UBND", department), List.of(),
				"two administrative superiors");
	}

}

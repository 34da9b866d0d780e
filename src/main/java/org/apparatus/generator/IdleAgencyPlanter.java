package org.apparatus.generator;

import java.util.List;

import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.ReportingLineKind;

/**
 * IDLE_AGENCY: a new centre holds no task. It goes into the commune of
 * {@link InactiveHolderPlanter}, as it always has (another commune would change every
 * generated set); neither rule looks at the other's body.
 */
final class IdleAgencyPlanter implements Planter {

	@Override
	public String rule() {
		return "IDLE_AGENCY";
	}

	@Override
	public void plant(Province province, FunctionTree tree, AnswerKey key) {
		Unit commune = province.commune(5);
		String idle = commune.extraAgency("TTHTCD", "Trung tâm Học tập cộng đồng", "Community Learning Centre",
				AgencyKind.CENTER, "ACTIVE");
		commune.line(idle, commune.code() + "-UBND", ReportingLineKind.ADMINISTRATIVE);
		key.record(rule(), commune.code(), List.of(idle), List.of(), "an active body with no responsibility");
	}

}

package org.apparatus.registry;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * One agency's role for one function in a period, granted by zero or more mandates. Its
 * code is {@code agency:function:role} (with {@code @start} when the period has one), so
 * the same assignment read from several rows (one per mandate) is one responsibility.
 */
@Node("Responsibility")
public record Responsibility(@Id String code, Role role) {

	public static String codeOf(String agencyCode, String functionCode, Role role) {
		return agencyCode + ":" + functionCode + ":" + role;
	}

	/**
	 * The code of the responsibility held in a period: the same as without periods when
	 * it always holds, and suffixed with its start otherwise (the same assignment may be
	 * held again later, after a gap).
	 */
	public static String codeOf(String agencyCode, String functionCode, Role role, Period period) {
		String code = codeOf(agencyCode, functionCode, role);
		return period.from().equals(Period.BEGINNING) ? code : code + "@" + period.from();
	}

}

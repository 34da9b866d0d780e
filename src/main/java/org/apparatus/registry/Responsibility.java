package org.apparatus.registry;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * One agency's role for one function, granted by zero or more mandates. Its code is
 * {@code agency:function:role}, so the same assignment read from several rows (one per
 * mandate) is one responsibility.
 */
@Node("Responsibility")
public record Responsibility(@Id String code, Role role) {

	public static String codeOf(String agencyCode, String functionCode, Role role) {
		return agencyCode + ":" + functionCode + ":" + role;
	}

}

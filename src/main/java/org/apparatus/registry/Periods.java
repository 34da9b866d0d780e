package org.apparatus.registry;

import org.neo4j.driver.Value;

/**
 * Reads the period of a node or relationship of the store ({@code validFrom},
 * {@code validTo}).
 */
final class Periods {

	private Periods() {
	}

	static Period of(Value entity) {
		return new Period(entity.get("validFrom").asLocalDate(), entity.get("validTo").asLocalDate());
	}

}

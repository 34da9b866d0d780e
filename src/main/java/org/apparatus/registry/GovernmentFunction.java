package org.apparatus.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A node of the function tree: a domain (lĩnh vực), a function (chức năng) or a task
 * (nhiệm vụ). Stored with the label {@code Function}. The tree has no periods; who holds
 * a function and at which levels it must be led are read as of {@code asOf}.
 */
public record GovernmentFunction(String code, String name, @Nullable String nameEn, @Nullable String cofog,
		LocalDate asOf) {

	static GovernmentFunction read(Value node, LocalDate asOf) {
		return new GovernmentFunction(node.get("code").asString(), node.get("name").asString(),
				node.get("nameEn").asString(null), node.get("cofog").asString(null), asOf);
	}

}

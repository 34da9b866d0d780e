package org.apparatus.registry;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A node of the function tree: a domain (lĩnh vực), a function (chức năng) or a task
 * (nhiệm vụ). Stored with the label {@code Function}.
 */
@Node("Function")
public record GovernmentFunction(@Id String code, String name, @Nullable String nameEn, @Nullable String cofog) {
}

package org.apparatus.registry;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A territory at a level: tỉnh, huyện, xã, ấp or khóm. */
@Node("AdminUnit")
public record AdminUnit(@Id String code, String name, @Nullable String nameEn, AdminLevel level) {
}

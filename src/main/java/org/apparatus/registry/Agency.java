package org.apparatus.registry;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A body of the political system (cơ quan, tổ chức, đơn vị). */
@Node("Agency")
public record Agency(@Id String code, String name, @Nullable String nameEn, Sector sector, AgencyKind kind,
		AgencyStatus status, @Nullable Integer staffQuota) {
}

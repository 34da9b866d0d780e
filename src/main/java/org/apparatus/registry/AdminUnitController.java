package org.apparatus.registry;

import java.util.List;
import java.util.Set;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL queries on the admin-unit tree. */
@Controller
class AdminUnitController {

	private final AdminUnitRepository units;

	private final RegistryLookup lookup;

	private final GraphReader reader;

	AdminUnitController(AdminUnitRepository units, RegistryLookup lookup, GraphReader reader) {
		this.units = units;
		this.lookup = lookup;
		this.reader = reader;
	}

	@QueryMapping
	@Nullable AdminUnit adminUnit(@Argument String code) {
		return this.lookup.units(Set.of(code)).get(code);
	}

	@QueryMapping
	List<AdminUnit> adminUnits(@Argument @Nullable AdminLevel level) {
		return level == null ? this.units.findAllByOrderByCode() : this.units.findByLevelOrderByCode(level);
	}

	@BatchMapping
	Map<AdminUnit, AdminUnit> parent(List<AdminUnit> units) {
		return this.reader.one(units, AdminUnit::code, "queries/unit-parents",
				r -> this.reader.entity(AdminUnit.class, r.get("parent")));
	}

	@BatchMapping
	Map<AdminUnit, List<AdminUnit>> children(List<AdminUnit> units) {
		return this.reader.many(units, AdminUnit::code, "queries/unit-children",
				r -> this.reader.entity(AdminUnit.class, r.get("child")));
	}

	@BatchMapping
	Map<AdminUnit, List<Agency>> agencies(List<AdminUnit> units) {
		return this.reader.many(units, AdminUnit::code, "queries/unit-agencies",
				r -> this.reader.entity(Agency.class, r.get("agency")));
	}

}

package org.apparatus.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** GraphQL queries on the admin-unit tree. */
@Controller
class AdminUnitController {

	private final RegistryLookup lookup;

	private final GraphReader reader;

	AdminUnitController(RegistryLookup lookup, GraphReader reader) {
		this.lookup = lookup;
		this.reader = reader;
	}

	/**
	 * The unit as it was on {@code asOf} (today by default); null when it did not exist
	 * that day.
	 */
	@QueryMapping
	@Nullable AdminUnit adminUnit(@Argument String code, @Argument @Nullable LocalDate asOf) {
		AdminUnit unit = this.lookup.units(Set.of(code), Today.or(asOf)).get(code);
		return unit != null && unit.exists() ? unit : null;
	}

	@QueryMapping
	List<AdminUnit> adminUnits(@Argument @Nullable AdminLevel level, @Argument @Nullable LocalDate asOf) {
		LocalDate day = Today.or(asOf);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("level", level == null ? null : level.name());
		parameters.put("asOf", day);
		return this.reader.rows("queries/units-page", parameters)
			.stream()
			.map(r -> AdminUnit.read(r.get("unit"), day))
			.toList();
	}

	@SchemaMapping
	@Nullable LocalDate validFrom(AdminUnit unit) {
		return unit.period().openFrom();
	}

	@SchemaMapping
	@Nullable LocalDate validTo(AdminUnit unit) {
		return unit.period().openTo();
	}

	@BatchMapping
	Map<AdminUnit, AdminUnit> parent(List<AdminUnit> units) {
		return this.reader.one(units, AdminUnit::code, AdminUnit::asOf, "queries/unit-parents",
				(r, day) -> AdminUnit.read(r.get("parent"), day));
	}

	@BatchMapping
	Map<AdminUnit, List<AdminUnit>> children(List<AdminUnit> units) {
		return this.reader.many(units, AdminUnit::code, AdminUnit::asOf, "queries/unit-children",
				(r, day) -> AdminUnit.read(r.get("child"), day));
	}

	@BatchMapping
	Map<AdminUnit, List<Agency>> agencies(List<AdminUnit> units) {
		return this.reader.many(units, AdminUnit::code, AdminUnit::asOf, "queries/unit-agencies",
				(r, day) -> Agency.read(r.get("agency"), day));
	}

}

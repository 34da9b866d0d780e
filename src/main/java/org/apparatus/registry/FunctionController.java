package org.apparatus.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.apparatus.registry.RegistryViews.LevelRule;
import org.apparatus.registry.RegistryViews.ResponsibilityView;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL queries on the function tree: domains, functions and tasks. */
@Controller
class FunctionController {

	private final RegistryLookup lookup;

	private final GraphReader reader;

	FunctionController(RegistryLookup lookup, GraphReader reader) {
		this.lookup = lookup;
		this.reader = reader;
	}

	/**
	 * The function, with its holders and level rules as of {@code asOf} (today by
	 * default).
	 */
	@QueryMapping
	@Nullable GovernmentFunction function(@Argument String code, @Argument @Nullable LocalDate asOf) {
		return this.lookup.functions(Set.of(code), Today.or(asOf)).get(code);
	}

	@QueryMapping
	List<GovernmentFunction> functionTree(@Argument @Nullable LocalDate asOf) {
		LocalDate day = Today.or(asOf);
		return this.reader.rows("queries/function-roots", Map.of())
			.stream()
			.map(r -> GovernmentFunction.read(r.get("function"), day))
			.toList();
	}

	@BatchMapping(typeName = "GovernmentFunction")
	Map<GovernmentFunction, GovernmentFunction> parent(List<GovernmentFunction> functions) {
		return this.reader.one(functions, GovernmentFunction::code, GovernmentFunction::asOf,
				"queries/function-parents", (r, day) -> GovernmentFunction.read(r.get("parent"), day));
	}

	@BatchMapping(typeName = "GovernmentFunction")
	Map<GovernmentFunction, List<GovernmentFunction>> children(List<GovernmentFunction> functions) {
		return this.reader.many(functions, GovernmentFunction::code, GovernmentFunction::asOf,
				"queries/function-children", (r, day) -> GovernmentFunction.read(r.get("child"), day));
	}

	@BatchMapping(typeName = "GovernmentFunction")
	Map<GovernmentFunction, List<ResponsibilityView>> responsibilities(List<GovernmentFunction> functions) {
		return this.reader.many(functions, GovernmentFunction::code, GovernmentFunction::asOf,
				"queries/function-responsibilities", ResponsibilityController::view);
	}

	@BatchMapping(typeName = "GovernmentFunction")
	Map<GovernmentFunction, List<LevelRule>> levelRules(List<GovernmentFunction> functions) {
		return this.reader.many(functions, GovernmentFunction::code, GovernmentFunction::asOf,
				"queries/function-level-rules",
				(r, day) -> new LevelRule(AdminLevel.valueOf(r.get("level").asString()),
						r.get("unitKinds").isNull() ? List.of()
								: r.get("unitKinds").asList(kind -> UnitKind.valueOf(kind.asString())),
						this.reader.entity(Mandate.class, r.get("mandate"))));
	}

}

package org.apparatus.registry;

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

	private final FunctionRepository functions;

	private final RegistryLookup lookup;

	private final GraphReader reader;

	FunctionController(FunctionRepository functions, RegistryLookup lookup, GraphReader reader) {
		this.functions = functions;
		this.lookup = lookup;
		this.reader = reader;
	}

	@QueryMapping
	@Nullable GovernmentFunction function(@Argument String code) {
		return this.lookup.functions(Set.of(code)).get(code);
	}

	@QueryMapping
	List<GovernmentFunction> functionTree() {
		return this.reader.rows("queries/function-roots", Map.of())
			.stream()
			.map(r -> this.reader.entity(GovernmentFunction.class, r.get("function")))
			.toList();
	}

	@BatchMapping(typeName = "GovernmentFunction")
	Map<GovernmentFunction, GovernmentFunction> parent(List<GovernmentFunction> functions) {
		return this.reader.one(functions, GovernmentFunction::code, "queries/function-parents",
				r -> this.reader.entity(GovernmentFunction.class, r.get("parent")));
	}

	@BatchMapping(typeName = "GovernmentFunction")
	Map<GovernmentFunction, List<GovernmentFunction>> children(List<GovernmentFunction> functions) {
		return this.reader.many(functions, GovernmentFunction::code, "queries/function-children",
				r -> this.reader.entity(GovernmentFunction.class, r.get("child")));
	}

	@BatchMapping(typeName = "GovernmentFunction")
	Map<GovernmentFunction, List<ResponsibilityView>> responsibilities(List<GovernmentFunction> functions) {
		return this.reader.many(functions, GovernmentFunction::code, "queries/function-responsibilities",
				ResponsibilityController::view);
	}

	@BatchMapping(typeName = "GovernmentFunction")
	Map<GovernmentFunction, List<LevelRule>> levelRules(List<GovernmentFunction> functions) {
		return this.reader.many(functions, GovernmentFunction::code, "queries/function-level-rules",
				r -> new LevelRule(AdminLevel.valueOf(r.get("level").asString()),
						this.reader.entity(Mandate.class, r.get("mandate"))));
	}

}

package org.apparatus.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.apparatus.system.RequestDeadline;
import org.jspecify.annotations.Nullable;

/**
 * The complexity of a query, refused above {@code apparatus.graphql.max-complexity}
 * before anything runs: every field counts 1, what is below a list counts once per item
 * it may hold, and each distinct piece of costly work the query asks for — an analysis
 * per distinct day and parameters, a scenario's evaluation ({@link CostlyField}) — counts
 * {@code apparatus.graphql.analysis-cost}, since that is what it costs, however cheap its
 * field looks. A query that asks for such work gets
 * {@code apparatus.graphql.analysis-timeout} to run instead of the ordinary timeout.
 * Operations of introspection alone are bounded by graphql-java's good-faith check
 * instead ({@link GraphQlConfiguration#onlyIntrospection}).
 */
final class QueryCost extends SimplePerformantInstrumentation {

	private final ApiLimitsProperties limits;

	private final Map<String, List<CostlyField>> costly = new HashMap<>();

	QueryCost(ApiLimitsProperties limits, Collection<CostlyField> costlyFields) {
		this.limits = limits;
		costlyFields
			.forEach(field -> this.costly.computeIfAbsent(field.type() + "." + field.field(), key -> new ArrayList<>())
				.add(field));
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		if (GraphQlConfiguration.onlyIntrospection(execution)) {
			return SimpleInstrumentationContext.noOp();
		}
		Set<List<Object>> work = new LinkedHashSet<>();
		Set<String> costlyNames = new TreeSet<>();
		FieldComplexityCalculator calculator = (environment, childComplexity) -> {
			String coordinates = parentName(environment) + "." + environment.getField().getName();
			for (CostlyField field : this.costly.getOrDefault(coordinates, List.of())) {
				work.add(key(field, environment));
				costlyNames.add(environment.getField().getName());
			}
			return fieldComplexity(environment, childComplexity);
		};
		long fields = QueryComplexityCalculator.newCalculator()
			.fieldComplexityCalculator(calculator)
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getExecutionInput().getOperationName())
			.variables(execution.getCoercedVariables())
			.build()
			.calculate();
		long total = fields + (long) work.size() * this.limits.analysisCost();
		if (total > this.limits.maxComplexity()) {
			String message = "maximum query complexity exceeded " + total + " > " + this.limits.maxComplexity();
			if (!work.isEmpty()) {
				message += ": the query asks for " + work.size() + (work.size() == 1 ? " analysis" : " analyses")
						+ " of the knowledge base (" + String.join(", ", costlyNames)
						+ "; one per distinct day and parameters), each counting " + this.limits.analysisCost();
			}
			throw new AbortExecutionException(message);
		}
		if (!work.isEmpty()) {
			RequestDeadline.resetTo(this.limits.analysisTimeout());
		}
		return SimpleInstrumentationContext.noOp();
	}

	private int fieldComplexity(FieldComplexityEnvironment environment, int childComplexity) {
		Object size = environment.getArguments().getOrDefault("first", environment.getArguments().get("last"));
		GraphQLType type = GraphQLTypeUtil.unwrapNonNull(environment.getFieldDefinition().getType());
		int items = size instanceof Integer n ? Math.max(n, 1)
				: GraphQLTypeUtil.isList(type) && !environment.getField().getName().equals("edges")
						? this.limits.listSize() : 1;
		return 1 + items * childComplexity;
	}

	private static String parentName(FieldComplexityEnvironment environment) {
		return environment.getParentType().getName();
	}

	/** What tells this piece of work from another: its kind, its days, its parameters. */
	private static List<Object> key(CostlyField field, FieldComplexityEnvironment environment) {
		List<Object> key = new ArrayList<>();
		key.add(field.work());
		if (field.days().isEmpty()) {
			key.add(String.valueOf(enclosingDay(environment)));
		}
		for (String day : field.days()) {
			Object value = environment.getArguments().get(day);
			key.add(String.valueOf(value != null ? value : enclosingDay(environment)));
		}
		for (String parameter : field.parameters()) {
			key.add(String.valueOf(environment.getArguments().get(parameter)));
		}
		return key;
	}

	private static @Nullable Object enclosingDay(FieldComplexityEnvironment environment) {
		for (FieldComplexityEnvironment parent = environment.getParentEnvironment(); parent != null; parent = parent
			.getParentEnvironment()) {
			Object day = parent.getArguments().get("asOf");
			if (day != null) {
				return day;
			}
		}
		return null;
	}

}

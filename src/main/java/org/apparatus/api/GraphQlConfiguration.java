package org.apparatus.api;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import java.util.Map;
import java.util.Set;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.introspection.GoodFaithIntrospection;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.util.ArrayList;
import java.util.List;

import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * GraphQL wiring shared by every module: the {@code Date} scalar; limits on query depth,
 * complexity and time; and a schema check at start-up that refuses to serve a schema with
 * a field no controller answers, or with a controller method whose nullness contradicts
 * the schema.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	private static final Set<String> INTROSPECTION_FIELDS = Set.of("__schema", "__type", "__typename");

	@Bean
	GraphQlSourceBuilderCustomizer schemaMustBeFullyMapped() {
		return builder -> builder.inspectSchemaMappings(report -> {
			List<String> problems = new ArrayList<>();
			report.unmappedFields().forEach(field -> problems.add("no data fetcher for " + field));
			report.unmappedArguments()
				.forEach((fetcher, arguments) -> problems.add("unknown arguments " + arguments + " of " + fetcher));
			report.fieldNullnessErrors().forEach((field, error) -> problems.add("nullness of " + field + ": " + error));
			report.argumentNullnessErrors()
				.forEach((fetcher, errors) -> problems.add("argument nullness of " + fetcher + ": " + errors));
			if (!problems.isEmpty()) {
				throw new IllegalStateException("The GraphQL schema and its controllers disagree: " + problems);
			}
		});
	}

	@Bean
	GraphQlSourceBuilderCustomizer documentsKeptParsed() {
		ParsedDocuments documents = new ParsedDocuments();
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
	}

	@Bean
	@Order(0) // depth first: a query too deep is refused as such
	MaxQueryDepthInstrumentation maxQueryDepth(ApiLimitsProperties limits) {
		MaxQueryDepthInstrumentation introspectionDepth = new MaxQueryDepthInstrumentation(
				GoodFaithIntrospection.GOOD_FAITH_MAX_DEPTH_COUNT);
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return onlyIntrospection(parameters.getExecutionContext())
						? introspectionDepth.beginExecuteOperation(parameters, state)
						: super.beginExecuteOperation(parameters, state);
			}

		};
	}

	@Bean
	@Order(1)
	QueryCost queryCost(ApiLimitsProperties limits, List<CostlyFields> costlyFields) {
		return new QueryCost(limits, costlyFields.stream().flatMap(fields -> fields.costlyFields().stream()).toList());
	}

	/**
	 * Whether the operation to run reads nothing but the schema: its top-level fields
	 * (through fragments) are all {@code __schema}, {@code __type} or {@code __typename}.
	 * Such an operation never reaches a data fetcher of the application, so it costs what
	 * the schema's size allows; graphql-java's good-faith introspection check bounds it
	 * (each introspection list at most once, at most
	 * {@value GoodFaithIntrospection#GOOD_FAITH_MAX_FIELDS_COUNT} fields and
	 * {@value GoodFaithIntrospection#GOOD_FAITH_MAX_DEPTH_COUNT} levels), and so does the
	 * depth limit for introspection, instead of the limits for data, which the standard
	 * introspection queries of graphql-js and graphql-java exceed.
	 */
	static boolean onlyIntrospection(ExecutionContext context) {
		return onlyIntrospection(context.getOperationDefinition().getSelectionSet(), context.getFragmentsByName(), 0);
	}

	private static boolean onlyIntrospection(SelectionSet selections, Map<String, FragmentDefinition> fragments,
			int nesting) {
		if (nesting > fragments.size()) {
			return false;
		}
		for (Selection<?> selection : selections.getSelections()) {
			boolean introspection;
			if (selection instanceof Field field) {
				introspection = INTROSPECTION_FIELDS.contains(field.getName());
			}
			else if (selection instanceof InlineFragment inline) {
				introspection = onlyIntrospection(inline.getSelectionSet(), fragments, nesting + 1);
			}
			else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
				introspection = onlyIntrospection(fragments.get(spread.getName()).getSelectionSet(), fragments,
						nesting + 1);
			}
			else {
				introspection = false;
			}
			if (!introspection) {
				return false;
			}
		}
		return true;
	}

	@Bean
	@Order(2) // after QueryCost, which may give the request longer
	RequestTransaction requestTransaction(PlatformTransactionManager transactions, ApiLimitsProperties limits) {
		return new RequestTransaction(transactions, limits.timeout(), longest(limits));
	}

	/**
	 * A backstop: the request's deadline stops its work and answers; this answers the
	 * client should anything still wait past the longest a request may take.
	 */
	@Bean
	TimeoutWebGraphQlInterceptor requestTimeout(ApiLimitsProperties limits) {
		return new TimeoutWebGraphQlInterceptor(longest(limits).plusSeconds(5));
	}

	private static Duration longest(ApiLimitsProperties limits) {
		return limits.timeout().compareTo(limits.analysisTimeout()) > 0 ? limits.timeout() : limits.analysisTimeout();
	}

	@Bean
	RuntimeWiringConfigurer dateScalar() {
		return wiring -> wiring.scalar(GraphQLScalarType.newScalar()
			.name("Date")
			.description("A calendar date in ISO-8601 form, YYYY-MM-DD.")
			.coercing(new DateCoercing())
			.build());
	}

	static final class DateCoercing implements Coercing<LocalDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof LocalDate date) {
				return date.toString();
			}
			throw new CoercingSerializeException("Not a date: " + value);
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
			try {
				return LocalDate.parse(String.valueOf(input));
			}
			catch (DateTimeParseException ex) {
				throw new CoercingParseValueException("\"" + input + "\" is not a date in the form YYYY-MM-DD");
			}
		}

		@Override
		public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue string) {
				try {
					return LocalDate.parse(string.getValue());
				}
				catch (DateTimeParseException ex) {
					// reported below
				}
			}
			throw new CoercingParseLiteralException("\"" + input + "\" is not a date in the form YYYY-MM-DD");
		}

	}

}

package org.apparatus.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
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

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * GraphQL wiring shared by every module: the {@code Date} scalar; limits on query depth,
 * complexity and time; and a schema check at start-up that refuses to serve a schema with
 * a field no controller answers, or with a controller method whose nullness contradicts
 * the schema.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

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
	MaxQueryDepthInstrumentation maxQueryDepth(ApiLimitsProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(ApiLimitsProperties limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), (environment, childComplexity) -> {
			Object size = environment.getArguments().getOrDefault("first", environment.getArguments().get("last"));
			GraphQLType type = GraphQLTypeUtil.unwrapNonNull(environment.getFieldDefinition().getType());
			int items = size instanceof Integer n ? Math.max(n, 1)
					: GraphQLTypeUtil.isList(type) && !environment.getField().getName().equals("edges")
							? limits.listSize() : 1;
			return 1 + items * childComplexity;
		});
	}

	@Bean
	TimeoutWebGraphQlInterceptor requestTimeout(ApiLimitsProperties limits) {
		return new TimeoutWebGraphQlInterceptor(limits.timeout());
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

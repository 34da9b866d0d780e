package org.apparatus.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.introspection.IntrospectionQuery;
import graphql.introspection.IntrospectionQueryBuilder;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.InputObjectTypeDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.apparatus.ApiUsers;
import org.apparatus.SeededKnowledgeBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What GraphQL tools send first: the standard introspection queries of graphql-js
 * (GraphiQL, Apollo, GraphQL Code Generator, Postman, Insomnia) and of graphql-java, kept
 * verbatim under {@code src/test/resources/introspection}, answered for a viewer; the
 * schema read back from the answer is the served one; introspection is no way around the
 * limits.
 */
@SeededKnowledgeBase
class IntrospectionTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphQlSource graphQlSource;

	@BeforeEach
	void logInAsViewer() {
		this.graphQl = ApiUsers.viewer(this.graphQl);
	}

	@ParameterizedTest
	@ValueSource(strings = { "graphql-js.graphql", "graphql-java.graphql" })
	void theStandardIntrospectionQueryGivesBackTheServedSchema(String document) throws IOException {
		assertThat(introspect(resource(document))).isEqualTo(print(this.graphQlSource.schema()));
	}

	@Test
	void graphqlJavasDefaultIntrospectionQueryGivesBackTheServedSchema() {
		assertThat(introspect(IntrospectionQuery.INTROSPECTION_QUERY)).isEqualTo(print(this.graphQlSource.schema()));
	}

	@Test
	void theGraphqlJavaDocumentIsTheOneItsBuilderWritesWithEveryOption() throws IOException {
		var everything = IntrospectionQueryBuilder.Options.defaultOptions()
			.descriptions(true)
			.specifiedByUrl(true)
			.isOneOf(true)
			.directiveIsRepeatable(true)
			.schemaDescription(true)
			.inputValueDeprecation(true);
		assertThat(resource("graphql-java.graphql")).isEqualTo(IntrospectionQueryBuilder.build(everything));
	}

	@Test
	void introspectionTogetherWithDataKeepsTheLimitsForData() {
		this.graphQl
			.document("{ __schema { queryType { name } } functionTree " + "{ children ".repeat(12) + "{ code }"
					+ " }".repeat(12) + " }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("depth")));
	}

	@Test
	void introspectionCannotBeMadeExpensive() {
		// Each introspection list once: graphql-java's good-faith check.
		this.graphQl
			.document("{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("introspection")));
		// And no deeper than 20 levels.
		this.graphQl
			.document("{ __type(name: \"Agency\") { fields { type " + "{ ofType ".repeat(20) + "{ name }"
					+ " }".repeat(20) + " } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty());
	}

	@Test
	void everyExampleInTheApiDocumentationIsValidForTheSchema() throws IOException {
		String api = Files.readString(Path.of("docs/api.md"));
		Matcher blocks = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(api);
		List<String> invalid = new ArrayList<>();
		int count = 0;
		while (blocks.find()) {
			count++;
			var result = ParseAndValidate.parseAndValidate(this.graphQlSource.schema(),
					ExecutionInput.newExecutionInput(blocks.group(1)).build());
			if (result.isFailure()) {
				invalid.add(blocks.group(1).strip() + "\n  -> " + result.getErrors());
			}
		}
		assertThat(count).isGreaterThan(20);
		assertThat(invalid).as("examples in docs/api.md that the schema refuses").isEmpty();
	}

	@Test
	void theBenchmarksAndThePeerComparisonAskOnlyWhatTheSchemaServes() throws IOException {
		// benchmark graphql and tools/peer-graphql/compare.sh send these documents; a
		// field renamed in the schema must fail here, not in a benchmark run.
		List<Path> documents = new ArrayList<>();
		for (Path folder : List.of(Path.of("src/main/resources/benchmark"),
				Path.of("tools/peer-graphql/queries/apparatus"))) {
			try (var files = Files.list(folder)) {
				files.filter(file -> file.toString().endsWith(".graphql")).sorted().forEach(documents::add);
			}
		}
		List<String> invalid = new ArrayList<>();
		for (Path document : documents) {
			var result = ParseAndValidate.parseAndValidate(this.graphQlSource.schema(),
					ExecutionInput.newExecutionInput(Files.readString(document)).build());
			if (result.isFailure()) {
				invalid.add(document + " -> " + result.getErrors());
			}
		}
		assertThat(documents).hasSizeGreaterThan(10);
		assertThat(invalid).as("documents the schema refuses").isEmpty();
	}

	private String introspect(String document) {
		Map<String, Object> schema = this.graphQl.document(document).execute().path("__schema").entity(mapType()).get();
		Document definitions = withOneOf(
				new IntrospectionResultToSchema().createSchemaDefinition(Map.of("__schema", schema)), schema);
		return print(UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().buildRegistry(definitions)));
	}

	/**
	 * The definitions with {@code @oneOf} on the input types whose {@code isOneOf} is
	 * true: graphql-java's {@code IntrospectionResultToSchema} reads every field of the
	 * answer but that one.
	 */
	@SuppressWarnings("unchecked")
	private static Document withOneOf(Document definitions, Map<String, Object> schema) {
		Set<String> oneOf = ((List<Map<String, Object>>) schema.get("types")).stream()
			.filter(type -> Boolean.TRUE.equals(type.get("isOneOf")))
			.map(type -> (String) type.get("name"))
			.collect(Collectors.toSet());
		assertThat(oneOf).as("input types with isOneOf").isNotEmpty();
		return definitions.transform(document -> document.definitions(definitions.getDefinitions()
			.stream()
			.map(definition -> definition instanceof InputObjectTypeDefinition input && oneOf.contains(input.getName())
					? input.transform(type -> type.directive(new Directive("oneOf"))) : definition)
			.toList()));
	}

	static String print(GraphQLSchema schema) {
		return new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeSchemaDefinition(true)).print(schema);
	}

	private static String resource(String name) throws IOException {
		return new ClassPathResource("introspection/" + name).getContentAsString(StandardCharsets.UTF_8);
	}

	@SuppressWarnings("unchecked")
	private static Class<Map<String, Object>> mapType() {
		return (Class<Map<String, Object>>) (Class<?>) Map.class;
	}

}

package org.apparatus.api;

import graphql.schema.idl.SchemaPrinter;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The schema the API serves, as one SDL file for client developers ({@code schema print},
 * docs/schema.graphqls): every type, field and directive with its description, printed by
 * graphql-java's {@link SchemaPrinter}.
 */
@Component
public class ServedSchema {

	private final GraphQlSource graphQlSource;

	ServedSchema(GraphQlSource graphQlSource) {
		this.graphQlSource = graphQlSource;
	}

	/** The schema in SDL, as graphql-java prints it, ending with a line break. */
	public String print() {
		String printed = new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeSchemaDefinition(true))
			.print(this.graphQlSource.schema());
		return printed.endsWith("\n") ? printed : printed + "\n";
	}

}

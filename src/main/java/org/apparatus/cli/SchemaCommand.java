package org.apparatus.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apparatus.api.ServedSchema;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schema", mixinStandardHelpOptions = true, description = "The GraphQL schema the API serves.",
		subcommands = SchemaCommand.Print.class)
final class SchemaCommand {

	@Command(name = "print", mixinStandardHelpOptions = true,
			description = "Write the served GraphQL schema in SDL, with every description, for client developers "
					+ "(docs/schema.graphqls is this file).")
	static final class Print implements Callable<Integer>, KnowledgeBaseCommand {

		private final ObjectProvider<ServedSchema> schema;

		@Mixin
		StoreOptions storeOptions = new StoreOptions();

		@Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "schema.graphqls",
				description = "File to write (default: ${DEFAULT-VALUE}); '-' writes to the standard output.")
		String file;

		@Spec
		CommandSpec spec;

		Print(ObjectProvider<ServedSchema> schema) {
			this.schema = schema;
		}

		@Override
		public StoreOptions storeOptions() {
			return this.storeOptions;
		}

		@Override
		public Integer call() {
			String printed = this.schema.getObject().print();
			if (this.file.equals("-")) {
				this.spec.commandLine().getOut().print(printed);
				this.spec.commandLine().getOut().flush();
				return 0;
			}
			Path path = Path.of(this.file);
			try {
				Files.writeString(path, printed, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new IllegalStateException("cannot write " + path + " (" + ex.getClass().getSimpleName() + ")");
			}
			this.spec.commandLine().getOut().println("Wrote the GraphQL schema to " + path);
			return 0;
		}

	}

}

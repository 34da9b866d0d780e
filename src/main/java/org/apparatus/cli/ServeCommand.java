package org.apparatus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apparatus.system.ApparatusProperties;
import org.apparatus.system.BoltPassword;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Start the application: the embedded Neo4j (Bolt on 127.0.0.1), schema migrations, "
				+ "the seed data set on an empty store, GraphQL at /graphql and GraphiQL at /graphiql." })
final class ServeCommand implements Callable<Integer> {

	private static volatile boolean serving;

	@Mixin
	StoreOptions storeOptions = new StoreOptions();

	@Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
			description = "HTTP port of GraphQL and GraphiQL (default: ${DEFAULT-VALUE}).")
	int port;

	@Option(names = "--bolt-port", paramLabel = "PORT",
			description = "Bolt port of the embedded Neo4j on 127.0.0.1 (default: 7687; 0 picks a free one).")
	Integer boltPort;

	@Option(names = "--no-seed", description = "Do not load the seed data set into an empty store.")
	boolean noSeed;

	@Spec
	CommandSpec spec;

	static boolean isServing() {
		return serving;
	}

	@Override
	public Integer call() {
		List<String> properties = new ArrayList<>(List.of("--server.port=" + this.port));
		if (this.boltPort != null) {
			properties.add("--apparatus.bolt-port=" + this.boltPort);
		}
		if (this.noSeed) {
			properties.add("--apparatus.seed=");
		}
		var context = this.storeOptions.start(WebApplicationType.SERVLET, properties);
		serving = true;
		String http = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
		var out = this.spec.commandLine().getOut();
		out.println();
		out.println("Apparatus is running.");
		out.println("  Workbench " + http + "/   (sign in as viewer/viewer or editor/editor)");
		out.println("  GraphiQL  " + http + "/graphiql");
		out.println("  GraphQL   " + http + "/graphql");
		out.println("  Report    " + http
				+ "/reports?format=pdf   (html, pdf, md, xlsx or json; &lang=en, &scenario=NAME)");
		out.println("  Neo4j     " + context.getBean(Neo4jConnectionDetails.class).getUri());
		if (this.storeOptions.uri == null) {
			Path store = context.getBean(ApparatusProperties.class).store();
			out.println("  Store     " + store.toAbsolutePath().normalize());
			out.println("  Password  user " + BoltPassword.USER + ", password in " + BoltPassword.file(store)
					+ " (for Neo4j Browser or cypher-shell)");
		}
		out.println("Press Ctrl+C to stop.");
		out.flush();
		return 0;
	}

}

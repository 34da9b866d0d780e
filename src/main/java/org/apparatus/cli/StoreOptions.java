package org.apparatus.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apparatus.ApparatusApplication;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

/**
 * The options every command that touches the knowledge base shares: which embedded store,
 * or which running server, and how to start the application on it.
 */
final class StoreOptions {

	@Option(names = "--store", paramLabel = "DIR",
			description = "Directory of the embedded store (default: ./data/neo4j, or apparatus.store).")
	@Nullable Path store;

	@Option(names = "--uri", paramLabel = "URI",
			description = "Work through a running Neo4j (or a running 'serve', e.g. bolt://127.0.0.1:7687) "
					+ "instead of opening the embedded store. Credentials: SPRING_NEO4J_AUTHENTICATION_USERNAME/_PASSWORD.")
	@Nullable URI uri;

	ConfigurableApplicationContext start(WebApplicationType type, List<String> properties) {
		List<String> args = new ArrayList<>(properties);
		if (this.store != null) {
			args.add("--apparatus.store=" + this.store);
		}
		if (this.uri != null) {
			args.add("--spring.neo4j.uri=" + this.uri);
		}
		return ApparatusApplication.start(type, args);
	}

	/**
	 * A quiet application without web server or seed loading, for one-shot commands. Its
	 * Bolt connector takes any free port: nobody else connects to it, and 7687 may belong
	 * to a running {@code serve}.
	 */
	ConfigurableApplicationContext startQuietly() {
		return start(WebApplicationType.NONE, List.of("--apparatus.seed=", "--apparatus.bolt-port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN"));
	}

}

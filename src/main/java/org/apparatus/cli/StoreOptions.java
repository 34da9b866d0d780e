package org.apparatus.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apparatus.ApparatusApplication;
import org.apparatus.system.BoltPassword;
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
					+ "instead of opening the embedded store. Credentials: SPRING_NEO4J_AUTHENTICATION_USERNAME/_PASSWORD; "
					+ "for a 'serve' on this machine, the password it keeps in its store (--store, default ./data/neo4j).")
	@Nullable URI uri;

	ConfigurableApplicationContext start(WebApplicationType type, List<String> properties) {
		List<String> args = new ArrayList<>(properties);
		if (this.store != null) {
			args.add("--apparatus.store=" + this.store);
		}
		if (this.uri != null) {
			args.add("--spring.neo4j.uri=" + this.uri);
			servePassword().ifPresent(password -> {
				args.add("--spring.neo4j.authentication.username=" + BoltPassword.USER);
				args.add("--spring.neo4j.authentication.password=" + password);
			});
		}
		return ApparatusApplication.start(type, args);
	}

	/**
	 * The password a {@code serve} on this machine keeps in its store, when the URI is a
	 * loopback one and no credentials are configured: never sent to another host.
	 */
	private Optional<String> servePassword() {
		String host = this.uri == null ? null : this.uri.getHost();
		boolean loopback = "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host);
		boolean configured = System.getenv("SPRING_NEO4J_AUTHENTICATION_PASSWORD") != null
				|| System.getProperty("spring.neo4j.authentication.password") != null;
		if (!loopback || configured) {
			return Optional.empty();
		}
		return BoltPassword.kept(this.store != null ? this.store : Path.of("data", "neo4j"));
	}

	/**
	 * A quiet application without web server or seed loading, for one-shot commands. Its
	 * Bolt connector takes any free port: nobody else connects to it, and 7687 may belong
	 * to a running {@code serve}.
	 * <p>
	 * Its beans are created lazily, when the command first needs them: {@code analyze}
	 * never builds the report's PDF and workbook writers, the GraphQL schema or the
	 * scenario engine, and with {@code --uri} no embedded database starts. The schema
	 * migrations and the roll-back of an interrupted load still run at every start
	 * ({@code @Lazy(false)}). {@code -Dspring.main.lazy-initialization=false} creates
	 * them all, as {@code serve} does (docs/performance.md compares the two).
	 */
	ConfigurableApplicationContext startQuietly() {
		List<String> properties = new ArrayList<>(List.of("--apparatus.seed=", "--apparatus.bolt-port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN"));
		if (System.getProperty(LAZY) == null) {
			properties.add("--" + LAZY + "=true");
		}
		return start(WebApplicationType.NONE, properties);
	}

	private static final String LAZY = "spring.main.lazy-initialization";

}

package org.apparatus.system;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Neo4j when no {@code spring.neo4j.uri} is configured. Only the Bolt
 * connector is exposed, on the loopback interface and with a password
 * ({@link BoltPassword}), and Spring Boot's driver is built from the
 * {@link Neo4jConnectionDetails} declared here: the rest of the application talks Bolt
 * exactly as it would to an external server, and the database always starts before and
 * stops after the driver.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.neo4j", name = "uri", matchIfMissing = true, havingValue = "embedded")
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(ApparatusProperties properties) {
		return EmbeddedNeo4j.start(properties);
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService embeddedNeo4j,
			ApparatusProperties properties) {
		URI uri = URI.create("bolt://127.0.0.1:" + EmbeddedNeo4j.boltPort(embeddedNeo4j));
		AuthToken credentials = AuthTokens.basic(BoltPassword.USER, BoltPassword.of(properties));
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public AuthToken getAuthToken() {
				return credentials;
			}
		};
	}

	/**
	 * Building and inspecting the embedded database; also used by tools that need a bare
	 * server.
	 */
	static final class EmbeddedNeo4j {

		private EmbeddedNeo4j() {
		}

		static DatabaseManagementService start(ApparatusProperties properties) {
			var builder = new DatabaseManagementServiceBuilder(properties.store().toAbsolutePath().normalize())
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				// Bolt needs the password (BoltPassword), also over the WebSocket
				// transport
				// that the connector accepts on the same port and that Neo4j 5.26 cannot
				// turn
				// off: a web page open in the planner's browser cannot know it.
				.setConfig(GraphDatabaseSettings.auth_enabled, true)
				// LOAD CSV would otherwise read any file the process can
				// (file:///etc/passwd).
				.setConfig(GraphDatabaseSettings.allow_file_urls, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
				.setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of())
				.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
				.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2));
			StoreDisk.checkBeforeStart(properties);
			String password = BoltPassword.of(properties);
			DatabaseManagementService service;
			try {
				service = builder.build();
			}
			catch (RuntimeException ex) {
				throw EmbeddedStartFailure.explain(ex, properties);
			}
			service.registerDatabaseEventListener(
					new StoreDisk.WriteFailureListener(properties.store(), StoreDisk::stopTheProcess));
			setPassword(service, password);
			return service;
		}

		/**
		 * Gives the user {@value BoltPassword#USER} the password (Neo4j's initial one is
		 * {@code neo4j}, to be changed at the first sign-in); done at every start, so a
		 * changed {@code apparatus.bolt-password} takes effect.
		 */
		private static void setPassword(DatabaseManagementService service, String password) {
			try {
				service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
					.executeTransactionally(
							"ALTER USER " + BoltPassword.USER + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
							Map.of("password", password));
			}
			catch (QueryExecutionException ex) {
				if (!String.valueOf(ex.getMessage()).contains("cannot be the same")) {
					service.shutdown();
					throw ex;
				}
			}
		}

		static int boltPort(DatabaseManagementService service) {
			var system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
			return system.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT)
				.getPort();
		}

	}

}

package org.apparatus.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apparatus.ApparatusApplication;
import org.apparatus.audit.Attribution;
import org.apparatus.cli.JavaProcess;
import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetSource;
import org.apparatus.dataset.ImportProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.neo4j.uri} set, no embedded database starts and everything goes to
 * that server: here a Neo4j running in another JVM, reached over Bolt only.
 */
class ExternalNeo4jIT {

	@TempDir
	Path temp;

	@Test
	void importsAndQueriesAServerInAnotherProcess() throws Exception {
		try (var server = JavaProcess.start(StandaloneNeo4j.class.getName(), this.temp.resolve("server").toString())) {
			String port = server.awaitLine(line -> line.startsWith("BOLT "), Duration.ofMinutes(2)).substring(5);
			try (var context = new SpringApplicationBuilder(ApparatusApplication.class).web(WebApplicationType.NONE)
				.run("--spring.neo4j.uri=bolt://127.0.0.1:" + port,
						"--spring.neo4j.authentication.username=" + BoltPassword.USER,
						"--spring.neo4j.authentication.password="
								+ BoltPassword.kept(this.temp.resolve("server")).orElseThrow(),
						"--apparatus.seed=", "--apparatus.store=" + this.temp.resolve("must-not-be-created"))) {
				assertThat(context.getBeansOfType(DatabaseManagementService.class)).isEmpty();
				var result = context.getBean(DataSetService.class)
					.importFrom(DataSetSource.location("classpath:seed-data/"), ImportProgress.NONE,
							Attribution.commandLine("test"));
				try (var session = context.getBean(Driver.class).session()) {
					var agency = session.run(
							"MATCH (a:AgencyPeriod {code: 'BL_STNMT'})-[:LOCATED_IN]->(u) RETURN a.name AS name, u.code AS unit")
						.single();
					assertThat(agency.asMap()).isEqualTo(Map.of("name", "Sở Tài nguyên và Môi trường", "unit", "BL"));
					assertThat(session.run("MATCH (r:Responsibility) RETURN count(r) AS n").single().get("n").asLong())
						.isEqualTo(result.responsibilities());
				}
			}
			assertThat(this.temp.resolve("must-not-be-created")).doesNotExist();
		}
	}

}

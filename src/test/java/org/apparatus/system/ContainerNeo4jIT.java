package org.apparatus.system;

import org.apparatus.audit.Attribution;
import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetSource;
import org.apparatus.dataset.ImportProgress;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same external-server path against Neo4j 5.26 in a container. Runs where Docker
 * exists; is skipped cleanly where it does not (as on the project's CI machines).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "apparatus.seed=")
class ContainerNeo4jIT {

	@Container
	static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withoutAuthentication();

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
	}

	@Autowired
	ApplicationContext context;

	@Test
	void importsAndQueriesTheContainer() {
		assertThat(this.context.getBeansOfType(DatabaseManagementService.class)).isEmpty();
		var result = this.context.getBean(DataSetService.class)
			.importFrom(DataSetSource.location("classpath:seed-data/"), ImportProgress.NONE,
					Attribution.commandLine("test"));
		try (var session = this.context.getBean(Driver.class).session()) {
			assertThat(session.run("MATCH (r:Responsibility) RETURN count(r) AS n").single().get("n").asLong())
				.isEqualTo(result.responsibilities());
		}
	}

}

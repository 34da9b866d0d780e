package org.apparatus.api;

import java.time.Duration;
import java.util.List;

import org.apparatus.ApiUsers;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A request that runs out of its time stops the work it started: an analysis whose rule
 * would run for hours (a rule of this context only, src/test/resources/slow-rule) is
 * stopped in the database when the request's time is up, the client gets a TIMEOUT error,
 * and the server goes on answering. Its own context: a short request time and the slow
 * rule would disturb every other test.
 */
@SpringBootTest(properties = { "apparatus.store=target/test-stores/timeout-${random.uuid}", "apparatus.bolt-port=0",
		"apparatus.seed=", "apparatus.graphql.timeout=2s", "apparatus.graphql.analysis-timeout=3s",
		"apparatus.analysis.rules-dir=src/test/resources/slow-rule" })
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class RequestTimeoutTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void aRequestOutOfTimeStopsTheAnalysisItStartedAndOthersAreStillAnswered() {
		HttpGraphQlTester viewer = ApiUsers.viewer(this.graphQl);
		viewer.document("{ stats(asOf: \"2025-02-28\") { agencies } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("classification", "TIMEOUT");
				assertThat(error.getMessage()).startsWith("the request took longer than it may and was stopped");
				assertThat(error.getPath()).isEqualTo("stats");
			}));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(slowRuleTransactions()).as("transactions of the slow rule still running")
				.isEmpty());
		viewer.document("{ rules { id } }")
			.execute()
			.path("rules[*].id")
			.entityList(String.class)
			.contains("SLOW", "DUPLICATE");
	}

	private List<String> slowRuleTransactions() {
		try (var session = this.driver.session()) {
			return session
				.run("SHOW TRANSACTIONS YIELD transactionId, currentQuery "
						+ "WHERE currentQuery CONTAINS 'range(1, 1000000)' AND NOT currentQuery STARTS WITH 'SHOW' "
						+ "RETURN transactionId")
				.list(row -> row.get("transactionId").asString());
		}
	}

}

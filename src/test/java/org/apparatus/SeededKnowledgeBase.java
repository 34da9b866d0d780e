package org.apparatus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The application as {@code serve} starts it: an embedded Neo4j of its own with the seed
 * province loaded, and the GraphQL API, with a {@link QueryCounter}. Every test class
 * with this annotation shares one context: add nothing to a test class that changes it
 * (bean overrides, properties).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "apparatus.store=target/test-stores/seeded-${random.uuid}", "apparatus.bolt-port=0" })
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@Import(QueryCounter.class)
public @interface SeededKnowledgeBase {

}
